/**
 * Importing a case file into the learner's library: the one path every import takes (a picked or
 * dropped file, the authoring screen's "Add to my library", later an assignment's missing file),
 * so every case file meets the same checks and the learner reads the same messages.
 *
 * Cheap checks first (size before reading, UTF-8), then the full compiler (lazily loaded; it
 * validates, explores every path and sanitises every piece of Markdown), then what only the
 * library knows: a built-in module's id is refused, the same content (same hash) changes nothing,
 * and another version of a stored script is stored only once the learner agrees
 * (`replaceCaseFile`). Replacing is safe for progress because attempts keep the hash they were
 * played on: an unfinished attempt on the old version resumes by replaying its choice log, as it
 * does when a built-in module is updated (`Session.open`).
 */
import { summaryOf } from '../catalog/catalog';
import type { ProgressRepository } from '../storage/repository';
import { MAX_LIBRARY_SCRIPTS } from '../storage/library-checks';
import { LIBRARY_SCRIPT_SCHEMA, type LibraryScript } from '../storage/types';
import { hasUnsafeText, withoutUnsafeText } from '../storage/text-checks';
import { compileCaseFile } from './compile-case-file';
import { currentHash } from './current-hash';
import { MAX_CASE_FILE_BYTES, readCaseFile, tooLarge, type PickedFile } from './read-case-file';
import type { ImportOutcome, CaseFileOtherVersion, CaseFileProblem, CaseFileRefused, CaseFileReplaced, CaseFileText } from './types';

/** What an import needs from storage. */
export type LibraryStore = Pick<ProgressRepository, 'getLibraryScript' | 'saveLibraryScript' | 'listLibrary'>;

/** Most case files a library may hold (the storage check's and the backup's limit). */
export const MAX_CASE_FILES = MAX_LIBRARY_SCRIPTS;
/** Longest title a case file may have (the storage record's limit). */
const MAX_TITLE = 200;
/** Longest file name kept with a record. */
const MAX_FILE_NAME = 255;

/**
 * Check a case file and, when it is new, store it. Another version of a stored script is
 * reported as `other-version` and not stored. Never throws for a bad file; only a failing
 * storage write rejects.
 */
export async function importCaseFile(store: LibraryStore, input: PickedFile | CaseFileText, now = new Date()): Promise<ImportOutcome> {
  const text = 'source' in input ? input : await readCaseFile(input);
  if ('kind' in text) return text;
  const fileName = withoutUnsafeText(text.fileName).slice(0, MAX_FILE_NAME) || 'case file';
  const bytes = new TextEncoder().encode(text.source).length;
  if (bytes > MAX_CASE_FILE_BYTES) return tooLarge(fileName, bytes);

  const compiled = await compileCaseFile(text.source, fileName);
  if (!compiled.ok) return { kind: 'refused', fileName, problems: compiled.problems };
  const script = compiled.script;
  const idLine = lineOf(text.source, /^id\s*:/);
  if (summaryOf(script.id))
    return refuse(fileName, { code: 'built-in-id', line: idLine, id: script.id });
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(script.id))
    return refuse(fileName, { code: 'bad-id', line: idLine, id: script.id });
  if (hasUnsafeText(script.title))
    return refuse(fileName, { code: 'unsafe-title', line: lineOf(text.source, /^title\s*:/) });
  if (script.title.length > MAX_TITLE)
    return refuse(fileName, { code: 'title-too-long', line: lineOf(text.source, /^title\s*:/), length: script.title.length, max: MAX_TITLE });

  const iso = now.toISOString();
  const record: LibraryScript = {
    schema: LIBRARY_SCRIPT_SCHEMA,
    id: script.id,
    hash: script.hash,
    title: script.title,
    source: text.source,
    fileName,
    addedAt: iso,
    updatedAt: iso,
  };
  const existing = await store.getLibraryScript(script.id);
  if (existing && (await currentHash(existing)) === record.hash) return { kind: 'unchanged', fileName, record: existing };
  if (existing) return { kind: 'other-version', fileName, record: { ...record, addedAt: existing.addedAt }, existing };
  if ((await store.listLibrary()).length >= MAX_CASE_FILES)
    return refuse(fileName, { code: 'library-full', max: MAX_CASE_FILES });
  await store.saveLibraryScript(record);
  return { kind: 'added', fileName, record };
}

/** Store the other version the learner agreed to; the old one is replaced. */
export async function replaceCaseFile(store: LibraryStore, pending: CaseFileOtherVersion): Promise<CaseFileReplaced> {
  await store.saveLibraryScript(pending.record);
  return { kind: 'replaced', fileName: pending.fileName, record: pending.record, previous: pending.existing };
}

/** 1-based line of the first line matching `pattern` in the front matter, or 0 when there is none. */
function lineOf(source: string, pattern: RegExp): number {
  const lines = source.split(/\r\n?|\n/, 400);
  const i = lines.findIndex((l, n) => n > 0 && (l.trim() === '---' ? true : pattern.test(l)));
  return i > 0 && pattern.test(lines[i]!) ? i + 1 : 0;
}

function refuse(fileName: string, problem: CaseFileProblem): CaseFileRefused {
  return { kind: 'refused', fileName, problems: [problem] };
}
