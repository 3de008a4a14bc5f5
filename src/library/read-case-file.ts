/**
 * Reading a case file the learner picked or dropped. The file is untrusted, so the cheap checks
 * come first: its size is checked before a byte is read, and it must be valid UTF-8 (a fatal
 * decoder, so a binary or mis-encoded file is refused rather than turned into replacement
 * characters). Never throws; what it returns is still only text to be compiled.
 */
import type { CaseFileProblem, CaseFileRefused, CaseFileText } from './types';
import { MAX_LIBRARY_SOURCE_BYTES } from '../storage/library-checks';
import { savedAsUtf16 } from '../files/saved-as-utf16';

/** Largest case file, in bytes (the authoring screen's and the library record's limit). */
export const MAX_CASE_FILE_BYTES = MAX_LIBRARY_SOURCE_BYTES;

/** A file as the browser hands it over. */
export type PickedFile = Blob & { readonly name: string };

/** The refusal for a text over the size limit (in UTF-8 bytes). */
export function tooLarge(fileName: string, bytes: number): CaseFileRefused {
  return refuse(fileName, { code: 'too-large', bytes, limit: MAX_CASE_FILE_BYTES });
}

/** The file's text, or why it cannot be a case file. */
export async function readCaseFile(file: PickedFile): Promise<CaseFileText | CaseFileRefused> {
  const fileName = file.name || 'case file';
  if (file.size > MAX_CASE_FILE_BYTES) return tooLarge(fileName, file.size);
  if (file.size === 0) return refuse(fileName, { code: 'empty' });
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return refuse(fileName, { code: 'unreadable' });
  }
  try {
    return { source: new TextDecoder('utf-8', { fatal: true }).decode(bytes), fileName };
  } catch {
    return refuse(fileName, { code: 'not-utf8', utf16: savedAsUtf16(bytes) });
  }
}

function refuse(fileName: string, problem: CaseFileProblem): CaseFileRefused {
  return { kind: 'refused', fileName, problems: [problem] };
}
