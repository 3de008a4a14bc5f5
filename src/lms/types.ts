/**
 * Types shared by the SCORM 1.2 runtime (`scorm-*.ts`) and the hooks the app calls
 * (`lms-hooks.ts`). Kept apart so tests and the package exporter can import them without pulling in
 * the session or the catalogue.
 */
/** The SCORM 1.2 run-time API an LMS puts on a parent or opener window as `window.API`. */
export interface Scorm12Api {
  /** Begin a communication session; returns "true" or "false". */
  LMSInitialize(parameter: ''): string;
  /** End the communication session; returns "true" or "false". */
  LMSFinish(parameter: ''): string;
  /** Read a data-model element; returns "" on error. */
  LMSGetValue(element: string): string;
  /** Write a data-model element; returns "true" or "false". */
  LMSSetValue(element: string, value: string): string;
  /** Ask the LMS to persist what was set; returns "true" or "false". */
  LMSCommit(parameter: ''): string;
  /** Error code of the last call ("0" for none). */
  LMSGetLastError(): string;
  /** Text of an error code. */
  LMSGetErrorString(code: string): string;
  /** LMS-specific detail of an error code. */
  LMSGetDiagnostic(code: string): string;
}

/** The few window properties API discovery walks; a real Window satisfies it, tests fake it. */
export interface WindowLike {
  /** The parent frame (the window itself at the top). */
  readonly parent: WindowLike | null;
  /** The window that opened this one, if any. */
  readonly opener?: WindowLike | null;
  /** The SCORM 1.2 API, when this window is the LMS's (reading it cross-origin throws). */
  readonly API?: unknown;
}

/** One step of the choice log as suspend data keeps it (scenes are recovered by replaying). */
export type StepToken =
  /** A choice picked, by choice id. */
  | { type: 'choice'; choice: string }
  /** Moving on from a scene without choices. */
  | { type: 'continue' };

/** What `cmi.suspend_data` holds: enough to rebuild the attempt on any device. */
export interface SuspendState {
  /** Module (script) id. */
  module: string;
  /** Content hash of the script version the steps were taken in. */
  hash: string;
  /** The choice log, in order. */
  steps: StepToken[];
}

/** Result of decoding suspend data: the state, or why it was rejected. */
export type DecodeResult = { ok: true; state: SuspendState } | { ok: false; reason: string };

/** Lesson status values this SCO reports (a subset of SCORM 1.2's CMIStatus): never passed or failed. */
export type LessonStatus = 'incomplete' | 'completed';

/**
 * How a package scores: `undefined` (the default) reports no score; 'participation' reports 50
 * for reaching an ending plus 50 for saving a reflection at the debrief.
 */
export type ScoreMode = 'participation';

/** What the SCO tells the LMS after a saved step. */
export interface LmsReport {
  /** `cmi.core.lesson_status` to set, or undefined to leave the LMS's value as it is. */
  status?: LessonStatus;
  /** `cmi.core.score.raw` (0–100): only with a participation score, once an ending is reached. */
  score?: number;
  /** `cmi.core.exit`: 'suspend' until the module is finished, then '' (a normal exit). */
  exit: 'suspend' | '';
  /** `cmi.suspend_data` (≤ 4096 characters). */
  suspendData: string;
  /** `cmi.core.lesson_location`: the current scene id. */
  location: string;
}
