/**
 * Reading a case file the learner picked or dropped. The file is untrusted, so the cheap checks
 * come first: its size is checked before a byte is read, and it must be valid UTF-8 (a fatal
 * decoder, so a binary or mis-encoded file is refused rather than turned into replacement
 * characters). Never throws; what it returns is still only text to be compiled.
 */
import type { CaseFileProblem, CaseFileRefused, CaseFileText } from './types';
import { MAX_LIBRARY_SOURCE_BYTES } from '../storage/library-checks';

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
    return refuse(fileName, { code: 'not-utf8', utf16: utf16(bytes) });
  }
}

/** True when the bytes start with a UTF-16 byte-order mark. */
function utf16(bytes: ArrayBuffer): boolean {
  const b = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

function refuse(fileName: string, problem: CaseFileProblem): CaseFileRefused {
  return { kind: 'refused', fileName, problems: [problem] };
}
