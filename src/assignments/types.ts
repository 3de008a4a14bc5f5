/**
 * Assignments, shared by learners and instructors: an assignment travels to learners as data in a link
 * fragment, and comes back as a checksummed receipt file the instructor imports. Everything here
 * is plain data that outlives a page load (links in chat logs, receipts in mailboxes), so every
 * format carries a version and is checked where it is read (`assignment-link.ts`, `receipt.ts`).
 * UI state (what is selected, what is open) never goes in these types.
 */
import type { FeedbackMode } from '../storage/types';

/**
 * Newest assignment payload version this app reads. Version 2 added case files; an assignment
 * without any is still written as version 1, so its link and id stay what they were.
 */
export const ASSIGNMENT_VERSION = 2;

/** A module that is a case file (an instructor's own script) rather than a built-in module. */
export interface AssignedCaseFile {
  /** Content hash of the case file version assigned (as LibraryScript.hash and Script.hash). */
  hash: string;
  /** Its title, shown before the learner has imported the file (plain text). */
  title: string;
}

/** One module of an assignment. */
export interface AssignedModule {
  /** Module id: a built-in module's, or a case file's script id. */
  id: string;
  /** True when the learner must complete it; false for optional modules. */
  required: boolean;
  /** Present when the module is a case file the learner imports (version 2 on). */
  caseFile?: AssignedCaseFile;
}

/** What an instructor assigns: the data carried in the link (never HTML, never a URL). */
export interface Assignment {
  /** Payload version: 2 when any module is a case file, else 1. */
  v: 1 | typeof ASSIGNMENT_VERSION;
  /** Title shown to the learner (plain text). */
  title: string;
  /** Cohort label shown to the learner (plain text, restricted characters; may be empty). */
  cohort: string;
  /** Due date as an ISO calendar date (YYYY-MM-DD), or absent when there is none. */
  due?: string;
  /** How the instructor suggests feedback is shown: at once, or held until the debrief. */
  feedback: FeedbackMode;
  /** Modules in the order they should be played. */
  modules: AssignedModule[];
}

/** An assignment read from a link, with its identity. */
export interface DecodedAssignment {
  /** The checked assignment. */
  assignment: Assignment;
  /** Stable id: the start of the SHA-256 of its canonical JSON (same data, same id). */
  id: string;
  /** The payload re-encoded by this app (safe to put back into a link). */
  payload: string;
}

/** A field of an assignment, as a refusal names it. */
export type AssignmentField = 'title' | 'cohort' | 'due' | 'feedback' | 'modules' | 'module' | 'caseFile' | 'caseFileTitle' | 'caseFileHash' | 'assignment';

/** What is wrong with a field (the assignment schema's messages are `field:issue` pairs of these). */
export type AssignmentIssue =
  | 'not-text' | 'empty' | 'too-long' | 'unsafe-character' | 'bad-characters' | 'not-a-date' | 'unknown-value' | 'not-a-list'
  | 'none' | 'too-many' | 'twice' | 'bad-id' | 'not-yes-or-no' | 'bad-hash' | 'unknown-fields' | 'unknown-version';

/** Which unsafe character a text holds, named for the reader (`unsafe-character.ts`). */
export type UnsafeCharacter = 'direction' | 'nul' | 'line-break' | 'tab' | 'control' | 'zero-width';

/** What is wrong with an assignment link, as a code and its data; the views word it (`m.linkProblems`). */
export type LinkProblem =
  /** Nothing after `#/assignment/`. */
  | { code: 'empty' }
  /** Not base64url, UTF-8 or JSON, or does not inflate: cut off or changed when copied. */
  | { code: 'damaged' }
  /** Longer than any assignment (`length` characters, or `unpacked` bytes once inflated). */
  | { code: 'too-long'; length: number; max: number; unpacked?: boolean }
  /** Decodes to something other than an assignment. */
  | { code: 'not-an-assignment' }
  /** Holds a field named `key` (`__proto__`, `constructor`, `prototype`). */
  | { code: 'forbidden-key'; key: string }
  /** Made by a newer app: an assignment `version`, or (`list`) a newer module list. */
  | { code: 'newer-version'; version: number; list?: boolean }
  /** Says no version. */
  | { code: 'no-version' }
  /** A version no app wrote (`version` as written; absent when too large to write), or (`list`) a module list's. */
  | { code: 'unknown-version'; version?: string; list?: boolean }
  /** A field that is wrong; `character` names an unsafe character found in it, `max` the limit passed. */
  | { code: 'field'; field: AssignmentField; issue: AssignmentIssue; character?: UnsafeCharacter; max?: number }
  /** Version 2 without any case file. */
  | { code: 'no-case-files' }
  /** `count` case files with the ids of built-in modules (so they could pass for them). */
  | { code: 'case-file-clash'; count: number }
  /** Modules this app does not have (`count` of them; never named by id). */
  | { code: 'unknown-modules'; count: number }
  /** A module entry of a short link that is neither a module nor a case file. */
  | { code: 'bad-module-entry' };

/** Why a link was refused. */
export interface LinkError {
  /** What kind of problem it is (for tests and for choosing a heading). */
  kind: 'too-long' | 'malformed' | 'version' | 'invalid' | 'unknown-module';
  /** What is wrong, as a code and data (`m.linkProblems.sentence` words it). */
  problem: LinkProblem;
}

/** Why a learner's name cannot go on a receipt. */
export type NameProblem = { code: 'empty' } | { code: 'too-long'; max: number } | { code: 'unsafe-character'; character: UnsafeCharacter };

/** Result of decoding a link payload. */
export type DecodeResult = ({ ok: true } & DecodedAssignment) | ({ ok: false } & LinkError);

/** Where a learner stands on one assigned module. */
export type ModuleStatus = 'not-started' | 'in-progress' | 'completed';

/** One assigned module with the learner's progress on it. */
export interface AssignedModuleProgress {
  /** Module id. */
  id: string;
  /** Module title; absent when neither this app nor the assignment has one (a module since removed: views say so in words). */
  title?: string;
  /** Whether the module is required. */
  required: boolean;
  /** False when this app does not ship the module (an assignment saved before it was removed); true for case files. */
  known: boolean;
  /** The case file assigned, when the module is one (the learner imports it into their library). */
  caseFile?: AssignedCaseFile;
  /** Progress on the module. */
  status: ModuleStatus;
  /** Distinct ending ids reached. */
  endings: string[];
  /** Number of endings the module has. */
  endingsTotal: number;
  /** Milliseconds of active play over every attempt of the module. */
  activeMs: number;
}

/** A whole assignment's progress. */
export interface AssignmentProgress {
  /** Per module, in assignment order. */
  modules: AssignedModuleProgress[];
  /** Required modules completed. */
  requiredDone: number;
  /** Required modules in total. */
  requiredTotal: number;
  /** True when every required module is completed. */
  complete: boolean;
}

/** An ending reached, as a receipt states it. */
export interface ReceiptEnding {
  /** Ending scene id. */
  id: string;
  /** Ending title at the time the receipt was made. */
  title: string;
  /**
   * What kind of session it was (an `endingKinds` id), version 2 on; absent for a legacy case
   * file's ending. It describes; it does not rank. (Version 1 had a ranked `outcome` here, which is
   * dropped when such a receipt is read.)
   */
  kind?: string;
}

/** One module's line in a receipt. */
export interface ReceiptModule {
  /** Module id. */
  id: string;
  /** Module title at the time the receipt was made. */
  title: string;
  /** Whether the assignment requires it. */
  required: boolean;
  /** Content hash of the module version this app ships (Script.hash). */
  contentHash: string;
  /** Progress on the module. */
  status: ModuleStatus;
  /** Completed attempts. */
  completedAttempts: number;
  /** Endings reached. */
  endings: ReceiptEnding[];
  /** Milliseconds of active play over every attempt of the module. */
  activeMs: number;
  /** ISO time the module was first completed, if it was. */
  firstCompletedAt?: string;
}

/**
 * Competency evidence over the assigned modules' completed attempts: moves that touched each
 * competency and the sums of their evidence (data for the instructor's cohort chart).
 */
export interface ReceiptCompetency {
  /** Competency id. */
  competency: string;
  /** Choices that gave evidence on it. */
  practised: number;
  /** Sum of evidence for. */
  for: number;
  /** Sum of evidence against. */
  against: number;
}

/** A note the learner chose to include (one tick per note). */
export interface ReceiptNote {
  /** Module the note is about, if any. */
  moduleId?: string;
  /** The note, as plain text. */
  text: string;
}

/** The format name every receipt carries. */
export const RECEIPT_FORMAT = 'balint-rehearsal-receipt';
/**
 * Version of the receipt this app writes (and the newest it reads). Version 2: an ending carries
 * its `kind` instead of a ranked `outcome`; version 1 receipts still import, their outcome ignored.
 */
export const RECEIPT_VERSION = 2;
/** Oldest receipt version this app reads. */
export const OLDEST_RECEIPT_VERSION = 1;

/** A completion receipt: one learner, one assignment. */
export interface Receipt {
  /** Always RECEIPT_FORMAT. */
  format: typeof RECEIPT_FORMAT;
  /** Receipt version: this app writes RECEIPT_VERSION and still reads version 1. */
  version: typeof OLDEST_RECEIPT_VERSION | typeof RECEIPT_VERSION;
  /** Version of the app that made it. */
  appVersion: string;
  /** ISO time it was made. */
  createdAt: string;
  /** The name the learner typed (plain text). */
  learner: string;
  /** Id of the assignment (see DecodedAssignment.id). */
  assignmentId: string;
  /** The assignment itself. */
  assignment: Assignment;
  /** True when every required module is completed. */
  complete: boolean;
  /** Per assigned module, in assignment order. */
  modules: ReceiptModule[];
  /** Competency evidence, most practised first. */
  competencies: ReceiptCompetency[];
  /** Milliseconds of active play over the assigned modules. */
  activeMs: number;
  /** Notes the learner ticked; absent when none was ticked. */
  notes?: ReceiptNote[];
  /** `sha256:` and the hex SHA-256 of the canonical JSON of every other field. */
  checksum: string;
}
