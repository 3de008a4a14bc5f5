/**
 * The check on StoredReceipt records (receipt files an instructor imported) written, read back
 * from storage or restored from a backup. Only the envelope is checked here (id, name, size,
 * time); the text is checked as a receipt where it is used (`src/instructor/cohort-import.svelte.ts`
 * through `src/assignments/receipt-read.ts`), every time it is read.
 */
import * as v from 'valibot';
import { compareIds, recordCheck } from './record-check';
import { isoTime, safeText } from './text-checks';
import { STORED_RECEIPT_SCHEMA, type StoredReceipt } from './types';

/** Most receipts a device (and a backup) may keep. */
export const MAX_STORED_RECEIPTS = 500;
/** Longest receipt text kept (the longest text a backup may carry). */
export const MAX_STORED_RECEIPT_CHARS = 512 * 1024;

/** Schema of a StoredReceipt record. */
export const StoredReceiptSchema = v.strictObject({
  schema: v.literal(STORED_RECEIPT_SCHEMA),
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  fileName: safeText(200),
  source: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_STORED_RECEIPT_CHARS)),
  importedAt: isoTime,
});

/** The record as a StoredReceipt, or undefined when it does not match. */
export const checkStoredReceipt: (record: unknown) => StoredReceipt | undefined = recordCheck(StoredReceiptSchema);

/** In import order (oldest first), then by id. */
export function byImported(a: StoredReceipt, b: StoredReceipt): number {
  return a.importedAt.localeCompare(b.importedAt) || compareIds(a.id, b.id);
}
