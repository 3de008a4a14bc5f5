/**
 * Types shared by the LMS runtimes (SCORM 1.2 and 2004: `scorm-*.ts`; cmi5: `cmi5/`) and the hooks
 * the app calls (`lms-hooks.ts`). Kept apart so tests and the package exporter can import them
 * without pulling in the session or the catalogue (the imports below are types only).
 */
import type { Script } from '../script/types';
import type { ProgressRepository } from '../storage/repository';
import type { Attempt } from '../storage/types';

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

/** The SCORM 2004 run-time API an LMS puts on a parent or opener window as `window.API_1484_11`. */
export interface Scorm2004Api {
  /** Begin a communication session; returns "true" or "false". */
  Initialize(parameter: ''): string;
  /** End the communication session; returns "true" or "false". */
  Terminate(parameter: ''): string;
  /** Read a data-model element; returns "" on error. */
  GetValue(element: string): string;
  /** Write a data-model element; returns "true" or "false". */
  SetValue(element: string, value: string): string;
  /** Ask the LMS to persist what was set; returns "true" or "false". */
  Commit(parameter: ''): string;
  /** Error code of the last call ("0" for none). */
  GetLastError(): string;
  /** Text of an error code. */
  GetErrorString(code: string): string;
  /** LMS-specific detail of an error code. */
  GetDiagnostic(code: string): string;
}

/** The SCORM versions a package can follow. */
export type ScormVersion = '1.2' | '2004';

/** The calls both SCORM APIs offer, under neutral names (each version's dialect maps its own onto them). */
export interface ScormCalls {
  /** LMSInitialize / Initialize. */
  initialize(): string;
  /** LMSFinish / Terminate. */
  terminate(): string;
  /** LMSGetValue / GetValue. */
  getValue(element: string): string;
  /** LMSSetValue / SetValue. */
  setValue(element: string, value: string): string;
  /** LMSCommit / Commit. */
  commit(): string;
  /** LMSGetLastError / GetLastError. */
  lastError(): string;
}

/** The few window properties API discovery walks; a real Window satisfies it, tests fake it. */
export interface WindowLike {
  /** The parent frame (the window itself at the top). */
  readonly parent: WindowLike | null;
  /** The window that opened this one, if any. */
  readonly opener?: WindowLike | null;
  /** The SCORM 1.2 API, when this window is the LMS's (reading it cross-origin throws). */
  readonly API?: unknown;
  /** The SCORM 2004 API, when this window is the LMS's (reading it cross-origin throws). */
  readonly API_1484_11?: unknown;
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

/** Why suspend data was rejected (a code for the log, never shown to a person). */
export type SuspendProblem =
  /** Not a string, or empty. */
  | { code: 'empty' }
  /** Longer than the `limit` characters the SCORM version guarantees. */
  | { code: 'too-long'; limit: number }
  /** Not written by this app (no `br<version>` head). */
  | { code: 'not-ours' }
  /** Written in format `version`, which this player does not read (it reads `reads`). */
  | { code: 'version'; version: number; reads: number }
  /** Not four `~`-separated parts. */
  | { code: 'malformed' }
  /** The module id part is not a module id. */
  | { code: 'module-id' }
  /** The hash part is not a script hash. */
  | { code: 'script-hash' }
  /** A step is neither a choice id nor Continue; `step` is its first 40 characters. */
  | { code: 'step'; step: string };

/** Result of decoding suspend data: the state, or why it was rejected. */
export type DecodeResult = { ok: true; state: SuspendState } | { ok: false; problem: SuspendProblem };

/** Why a logged choice log does not fit the script (a code for the log, never shown to a person). */
export type ReplayProblem =
  /** Step `step` (1-based) comes after the ending. */
  | { code: 'after-ending'; step: number }
  /** Step `step` (1-based) is not possible in scene `scene`. */
  | { code: 'not-possible'; step: number; scene: string };

/** Resuming threw; `detail` is the error as text, for developers. */
export interface ResumeError {
  /** The code. */
  code: 'resume-error';
  /** The error as text. */
  detail: string;
}

/** Why a SCO ignored the LMS's progress (a code for the log, never shown to a person). */
export type ProgressProblem =
  | SuspendProblem
  | ReplayProblem
  | ResumeError
  /** The suspend data names module `module`, which is not in this package. */
  | { code: 'foreign-module'; module: string };

/** Completion values this SCO reports (1.2 `cmi.core.lesson_status`, 2004 `cmi.completion_status`): never passed or failed. */
export type LessonStatus = 'incomplete' | 'completed';

/** The standard a package follows (its course block's `format`): SCORM 1.2, SCORM 2004 4th edition or cmi5. */
export type PackageFormat = 'scorm12' | 'scorm2004' | 'cmi5';

/**
 * How a package scores: `undefined` (the default) reports no score; 'participation' reports 50
 * for reaching an ending plus 50 for saving a reflection at the debrief.
 */
export type ScoreMode = 'participation';

/** What the SCO tells the LMS after a saved step. */
export interface LmsReport {
  /** The completion status to set, or undefined to leave the LMS's value as it is. */
  status?: LessonStatus;
  /** The score (0–100): only with a participation score, once an ending is reached. */
  score?: number;
  /** Exit: 'suspend' until the module is finished, then a normal exit (each dialect writes it its way). */
  exit: 'suspend' | '';
  /** `cmi.suspend_data` (within the version's limit). */
  suspendData: string;
  /** The location (1.2 `cmi.core.lesson_location`, 2004 `cmi.location`): the current scene id. */
  location: string;
}

/** One choice the learner made, as it is reported in `cmi.interactions.n` (there is no correct response). */
export interface ChoiceInteraction {
  /** Module (script) id. */
  module: string;
  /** Scene of the decision (a scene offers at most one decision). */
  scene: string;
  /** Choice id picked: the learner's response. */
  choice: string;
  /** Which decision of the attempt this was (1 for the first). */
  ordinal: number;
  /** When the decision was offered (the previous step, or when this SCO opened, whichever is later). */
  shownAt: Date;
  /** Milliseconds from being offered to the choice. */
  latencyMs: number;
  /** Plain-text description: module title, decision number and the choice's words. */
  description: string;
}

/** The part of a Session a runtime needs (a real Session satisfies it). */
export interface ReportableSession {
  /** The script being played. */
  readonly script: Script;
  /** The attempt as saved. */
  readonly attempt: Attempt;
  /** Be told after every saved step; returns a function that stops listening. */
  onSaved(listener: (attempt: Attempt) => void): () => void;
}

/** What every LMS runtime's `start` needs from its surroundings (injected so tests can fake them). */
export interface LmsStartOptions {
  /** The window the package runs in. */
  win: WindowLike;
  /** Local progress. */
  repo: ProgressRepository;
  /** Ids of the modules in this package. */
  moduleIds: readonly string[];
  /** Loads a module's script. */
  loadScript(id: string): Promise<Script | undefined>;
  /** Module named by the launch URL, if any. */
  launchModule?: string;
  /** The package's score mode (its course block): absent for no score, or 'participation'. */
  score?: ScoreMode;
  /** Registers the pagehide handler (default: none, the caller finishes). */
  onPageHide?(handler: () => void): void;
  /** Clock in milliseconds (default Date.now). */
  now?(): number;
}

/**
 * A running connection to an LMS (SCORM 1.2, SCORM 2004 or cmi5), as `lms-hooks.ts` uses it. Each
 * runtime is a class with `static start(options: LmsStartOptions): Promise<Runtime | undefined>`
 * (undefined when there is no LMS to talk to) whose instances implement this.
 */
export interface LmsRuntime {
  /** Report this session now and after every saved step; returns a function that stops. */
  attach(session: ReportableSession): () => void;
  /** A reflection on a finished attempt of `moduleId` was saved (counts only for a participation score). */
  reflectionSaved(moduleId: string): void;
  /** cmi5 only: where the LMS asked for the learner to be sent on leaving (its returnURL); leaving ends the session (pagehide). */
  readonly returnUrl?: string;
  /** cmi5 only: false when the launch records neither choices nor completion (Browse or Review mode); absent means true. */
  readonly tracking?: boolean;
}

/** What `lms-hooks.ts` loads for a package format: something that starts a runtime. */
export interface LmsRuntimeStarter {
  /** Connect to the LMS, if there is one; undefined without one. */
  start(options: LmsStartOptions): Promise<LmsRuntime | undefined>;
}

/**
 * What differs between SCORM 1.2 and SCORM 2004 for this SCO: where the API lives, element names,
 * value formats and limits. The runtime (`scorm-runtime.ts`) is one for both versions and writes
 * through a dialect (`scorm12-dialect.ts`, `scorm2004-dialect.ts`).
 */
export interface ScormDialect {
  /** The SCORM version. */
  version: ScormVersion;
  /** The neutral calls of this version's API visible from `win`, if there is one. */
  find(win: WindowLike): ScormCalls | undefined;
  /** Longest `cmi.suspend_data` the version guarantees. */
  suspendLimit: number;
  /** Completion status element (read on launch, then incomplete → completed). */
  status: string;
  /** Location element (the current scene id). */
  location: string;
  /** Exit element. */
  exit: string;
  /** Exit value once the module is finished (a normal exit). */
  normalExit: string;
  /** Session time element. */
  sessionTime: string;
  /** The raw score element (read on launch, so a score is only ever raised). */
  scoreRaw: string;
  /** The element where an LMS keeps a mastery or passing score of its own: when it has one, no score is sent. */
  passingScore: string;
  /** A duration in milliseconds as this version writes session time and latency. */
  duration(ms: number): string;
  /** Element/value pairs that set a score of `points` (0–100), in order. */
  score(points: number): [string, string][];
  /** Element/value pairs that write `cmi.interactions.n` for a choice, in the order the API accepts them (id, then type, then the rest). */
  interaction(n: number, choice: ChoiceInteraction): [string, string][];
}
