/**
 * The instructor's side of receipts: each imported file is accepted into the cohort table or
 * flagged with the reason. The receipt format itself is shared with learners (src/assignments).
 */
import type { Receipt } from '../assignments/types';

/** Why an imported receipt is not in the cohort table. */
export type ReceiptFlag = 'damaged' | 'invalid' | 'mismatch' | 'duplicate';

/** One imported file, accepted or flagged. */
export type ImportedReceipt =
  /** Accepted: it is in the cohort table. */
  | { ok: true; fileName: string; receipt: Receipt }
  /** Flagged, with the reason in plain words. */
  | { ok: false; fileName: string; flag: ReceiptFlag; reason: string };

/** What happened to an import, as data the view puts into words. */
export type ImportOutcome =
  /** No file was chosen. */
  | { code: 'none' }
  /** Nothing read: the limit of files is reached. */
  | { code: 'full'; max: number }
  /** Files read: how many, accepted, flagged, not read (over the limit), not kept (storage failed), learners in the table. */
  | { code: 'read'; read: number; accepted: number; flagged: number; skipped: number; notKept: number; learners: number; max: number };
