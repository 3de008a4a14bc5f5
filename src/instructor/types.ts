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
  /** Flagged, with why (a code with its data; the view words it). */
  | { ok: false; fileName: string; flag: ReceiptFlag; why: ReceiptFlagWhy };

/** Why an imported receipt is flagged, as a code with its data. */
export type ReceiptFlagWhy =
  | {
      /** The file could not be read as a receipt. */
      code: 'unread';
      /** Why, as reading it said (`receipt-read.ts`). */
      reason: string;
    }
  | {
      /** It was made for another assignment. */
      code: 'mismatch';
      /** That assignment's title. */
      title: string;
      /** Its cohort ('' when none). */
      cohort: string;
    }
  | {
      /** It is the same receipt as one already used. */
      code: 'same';
      /** The file of the receipt used. */
      kept: string;
    }
  | {
      /** A newer receipt from the same learner is used instead. */
      code: 'newer';
      /** The file of the receipt used. */
      kept: string;
      /** The learner's name on it. */
      learner: string;
    };

/** What happened to an import, as data the view puts into words. */
export type ImportOutcome =
  /** No file was chosen. */
  | { code: 'none' }
  /** Nothing read: the limit of files is reached. */
  | { code: 'full'; max: number }
  /** Files read: how many, accepted, flagged, not read (over the limit), not kept (storage failed), learners in the table. */
  | { code: 'read'; read: number; accepted: number; flagged: number; skipped: number; notKept: number; learners: number; max: number };
