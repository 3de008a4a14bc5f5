/**
 * The one resolver for "the script with this id", used wherever a script is loaded for play or
 * debrief. Built-in modules come first (their ids can never be taken by a case file, which the
 * import refuses, and a built-in module needs neither storage nor the compiler); only an id the
 * catalogue does not know is looked up in the learner's case library, and only then are storage
 * and the compiler loaded. A visitor with no saved data has no library, so storage is not even
 * opened for them.
 */
import { loadScript } from '../catalog/catalog';
import type { Script } from '../script/types';
import { hasSavedData } from '../storage/has-saved-data';
import type { ProgressRepository } from '../storage/repository';
import type { LibraryScript } from '../storage/types';
import type { CaseFileProblem } from './types';

/** What the resolver needs from storage. */
export type LibraryReader = Pick<ProgressRepository, 'getLibraryScript'>;

/**
 * A stored case file that no longer compiles (e.g. after an update made the checks stricter). Its
 * message is a code for developers; a view words `problems` with `m.caseFileProblems.text`.
 */
export class CaseFileBroken extends Error {
  /** The stored file's name. */
  readonly fileName: string;
  /** Why it no longer compiles. */
  readonly problems: CaseFileProblem[];
  constructor(record: LibraryScript, problems: CaseFileProblem[]) {
    super('case-file-broken');
    this.name = 'CaseFileBroken';
    this.fileName = record.fileName;
    this.problems = problems;
  }
}

/**
 * A built-in module's script, else the case file's with this id, else undefined. `library` is
 * awaited only for an id the catalogue does not know (pass the app's lazy `ready`). Rejects with
 * `CaseFileBroken` when the stored case file does not compile.
 */
export async function loadAnyScript(id: string, library: PromiseLike<LibraryReader>): Promise<Script | undefined> {
  const builtIn = await loadScript(id);
  if (builtIn) return builtIn;
  if (!(await hasSavedData())) return undefined;
  const record = await (await library).getLibraryScript(id);
  return record ? loadLibraryScript(record) : undefined;
}

/** Compile a stored case file for play (from memory when compiled before in this visit). */
export async function loadLibraryScript(record: LibraryScript): Promise<Script> {
  // Loaded here, not with the resolver: a built-in module never needs it.
  const { compileCaseFile } = await import('./compile-case-file');
  const compiled = await compileCaseFile(record.source, record.fileName);
  if (!compiled.ok) throw new CaseFileBroken(record, compiled.problems);
  // The record's id is only a key; the script's own id must agree (a restored backup could differ).
  if (compiled.script.id !== record.id) throw new CaseFileBroken(record, [{ code: 'id-mismatch', id: compiled.script.id, key: record.id }]);
  return compiled.script;
}
