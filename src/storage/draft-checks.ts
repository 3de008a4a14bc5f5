/**
 * The check on StoredDraft records (the authoring screen's draft) written, read back from storage
 * or restored from a backup. A draft is the author's unfinished script, so only its envelope and
 * size are checked here: the same byte limit as a script file (`MAX_DRAFT_BYTES`); the text
 * is compiled only when the author asks for a check.
 */
import * as v from 'valibot';
import { compareIds, recordCheck } from './record-check';
import { CHECK, isoTime as iso, safeText } from './text-checks';
import { STORED_DRAFT_SCHEMA, type StoredDraft } from './types';

/**
 * Largest draft, in bytes of UTF-8: a script file's limit (`MAX_SCRIPT_BYTES` in
 * `src/script/limits.ts`, restated because storage never imports the compiler's modules; a test
 * holds the two equal).
 */
export const MAX_DRAFT_BYTES = 512 * 1024;

/** Most drafts a device (and a backup) may hold. */
export const MAX_DRAFTS = 20;

/** Schema of a StoredDraft record. */
export const StoredDraftSchema = v.strictObject({
  schema: v.literal(STORED_DRAFT_SCHEMA),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/)),
  source: v.pipe(v.string(), v.check((s) => new TextEncoder().encode(s).length <= MAX_DRAFT_BYTES, CHECK.draftTooLarge)),
  fileName: safeText(255),
  savedAt: iso,
});

/** The record as a StoredDraft, or undefined when it does not match. */
export const checkStoredDraft: (record: unknown) => StoredDraft | undefined = recordCheck(StoredDraftSchema);

/** Newest saved first, then by id (the order drafts are listed in). */
export function bySavedDesc(a: StoredDraft, b: StoredDraft): number {
  return b.savedAt.localeCompare(a.savedAt) || compareIds(a.id, b.id);
}
