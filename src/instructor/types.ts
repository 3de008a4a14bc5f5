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
