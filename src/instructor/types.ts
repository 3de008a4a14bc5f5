/**
 * The instructor's side of receipts: each imported file is accepted into the cohort table or
 * flagged with the reason. The receipt format itself is shared with learners (src/assignments).
 * And the package builder's form problems, progress and failures, as codes with their data.
 */
import type { Receipt } from '../assignments/types';
import type { ReceiptProblem } from '../files/types';
import type { PackageFormat, ScormVersion } from '../lms/types';
import type { PackageProblemCode } from '../lms/package/types';

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
      problem: ReceiptProblem;
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

/** Fields of a package form a problem can be about. */
export type PackageField = 'modules' | 'title';

/** Something in a package form that stops a build (a code with its data; the panel words it). */
export type PackageFormProblem =
  /** No module is chosen in step 1. */
  | { code: 'no-modules' }
  /** The course title is longer than `max` characters. */
  | { code: 'title-too-long'; max: number }
  /** The course title contains control characters. */
  | { code: 'title-control' };

/** A package built and offered for download. */
export interface BuiltPackage {
  /** File name it was offered under. */
  fileName: string;
  /** Size of the zip in bytes. */
  bytes: number;
  /** Number of files in the zip. */
  files: number;
  /** Number of modules (one SCO or AU each). */
  modules: number;
  /** Time from the press to the download, in milliseconds. */
  ms: number;
  /** Its SCORM version (the form's choice; a cmi5 package has none of its own). */
  version: ScormVersion;
  /** Its format: SCORM 1.2, SCORM 2004 or cmi5. */
  format: PackageFormat;
}

/** Where a package build is, for the polite live region. */
export type PackageStatus =
  /** Nothing built yet, or the last build failed. */
  | { code: 'idle' }
  /** Being built: a package of `format` with `modules` modules. */
  | { code: 'building'; format: PackageFormat; modules: number }
  /** Built and offered for download. */
  | { code: 'ready'; built: BuiltPackage };

/** Why a package build failed (a code with its data; the panel words it). */
export type PackageFailure =
  /** The app's file at `path` answered with HTTP `status` (the app may have been updated since the page was opened). */
  | { code: 'fetch-failed'; path: string; status: number }
  /** The app's files could not be fetched at all: offline, and not stored by the service worker yet. */
  | { code: 'offline' }
  /** A part of the app (a script chunk) could not be loaded. */
  | { code: 'part-not-loaded' }
  /** Assembling the package failed; `problem` says why (`kit-missing` on the development server). */
  | { code: 'package'; problem: PackageProblemCode }
  /** Anything else; `message` is the error's own text. */
  | { code: 'other'; message: string };
