/**
 * The check on LibraryScript records (case files in the learner's library) read back from storage
 * or restored from a backup. Only the envelope is checked here (sizes, id charset); the source is
 * compiled, validated and sanitised again wherever it is opened (`src/library/`), exactly as a
 * freshly imported file is.
 */
import * as v from 'valibot';
import { compareIds, recordCheck } from './record-check';
import { CHECK, isoTime as iso, safeText } from './text-checks';
import { LIBRARY_SCRIPT_SCHEMA, type LibraryScript } from './types';

/** Largest case file, in bytes of UTF-8 (the same limit as the authoring screen). */
export const MAX_LIBRARY_SOURCE_BYTES = 512 * 1024;
/** Most case files a library (and a backup) may hold. */
export const MAX_LIBRARY_SCRIPTS = 200;


/** Schema of a LibraryScript record. */
export const LibraryScriptSchema = v.strictObject({
  schema: v.literal(LIBRARY_SCRIPT_SCHEMA),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/)),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/)),
  title: safeText(200),
  source: v.pipe(v.string(), v.minLength(1), v.check((s) => new TextEncoder().encode(s).length <= MAX_LIBRARY_SOURCE_BYTES, CHECK.caseFileTooLarge)),
  fileName: v.pipe(v.string(), v.maxLength(255)),
  addedAt: iso,
  updatedAt: iso,
});

/** The record as a LibraryScript, or undefined when it does not match. */
export const checkLibraryScript: (record: unknown) => LibraryScript | undefined = recordCheck(LibraryScriptSchema);

/** By title, then id (the order of the library list). */
export function byTitle(a: LibraryScript, b: LibraryScript): number {
  return a.title.localeCompare(b.title) || compareIds(a.id, b.id);
}
