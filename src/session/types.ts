/**
 * What the session hands the views: plain, derived view data (nothing here is stored; it is all
 * recomputed from the script and the machine's context, see `derive.ts`), and the codes the player
 * reports (how a session opened, why it could not open, why a step was not taken), which the
 * views put into words.
 */
import type { SessionMachine } from '../machine/session-machine';
import type { Choice, Line, PhaseId, Script } from '../script/types';
import type { ProgressRepository } from '../storage/repository';
import type { Attempt, Settings } from '../storage/types';
import type { ReplayProblem, SessionSnapshot } from './replay';

/** One item of the transcript as shown. */
export interface TranscriptItem {
  /** Stable key (line id, or `choice:<id>` for the learner's own turn). */
  key: string;
  /** Speech, narration, inner voice, or the learner's own choice. */
  kind: Line['kind'] | 'choice';
  /** Display name of the speaker ("You" for the learner); absent for narration. */
  speaker?: string;
  /** Role of the speaker in the circle, for the screen-reader label. */
  role?: string;
  /** Safe HTML of the line. */
  html: string;
  /** Plain text of the line. */
  text: string;
  /** Scene the item belongs to. */
  scene: string;
  /** True for a silent choice (an action, not words). */
  silent?: boolean;
  /** An inner voice kept for the debrief: never shown during play, even with inner voices on. */
  debriefOnly?: true;
}

/** One decision on the path, for the debrief. */
export interface PathStep {
  /** Scene id where the choice was made. */
  scene: string;
  /** Phase of that scene. */
  phase: PhaseId;
  /** The choice made. */
  choice: Choice;
  /** Every choice offered then, in the script's order (`choice` among them). */
  offered: Choice[];
}

/** How a session was opened: a new attempt, its saved snapshot, or its choice log replayed onto a newer script version or over a snapshot that could not be read. */
export type OpenedAs = 'new' | 'resumed' | 'replayed' | 'repaired';

/** Why a saved attempt cannot be restored. */
export interface RestoreProblem {
  /** `changed`: the script changed since and the log no longer fits; `damaged`: same script, but the save cannot be read and its log does not fit. */
  code: 'changed' | 'damaged';
  /** Index of the first step of the log that could not be replayed. */
  failedAt: number;
  /** Why that step could not be replayed. */
  problem: ReplayProblem;
}

/** Why a module could not be opened. */
export type OpenProblem =
  /** The unfinished attempt cannot be restored (it is kept until the learner starts again). */
  | RestoreProblem
  /** Storage could not be opened, read or written. */
  | { code: 'storage' }
  /** The module's script or the app's code for playing it could not be loaded. */
  | { code: 'not-loaded' }
  /** Opening took longer than `OPEN_TIMEOUT_MS`. */
  | { code: 'timed-out' };

/** Why a step was not taken (nothing moved; the learner may try again). */
export type StepProblem =
  /** The browser's storage is full. */
  | { code: 'storage-full' }
  /** The save failed for another reason. */
  | { code: 'not-saved' }
  /** Going back: the earlier steps no longer replay. */
  | { code: 'cannot-go-back'; problem: ReplayProblem };

/** What the player machine starts from. */
export interface PlayerInput {
  /** The script to play. */
  script: Script;
  /** Where attempts are saved (awaited when the player opens, so storage may still be opening). */
  storage: PromiseLike<ProgressRepository>;
  /** Start a new attempt when the module has no unfinished one (false: wait in `introduction` for Begin). */
  begin: boolean;
  /** Show every line at once (reduced motion); the learner's "all at once" setting does the same. */
  instant?: boolean;
}

/** A step computed and waiting for its save: shown only once the save is done. */
export interface PendingStep {
  /** The scene snapshot to show. */
  snapshot: SessionSnapshot;
  /** The record to save. */
  attempt: Attempt;
  /** The choice made, for immediate feedback (null for Continue and Go back). */
  choice: Choice | null;
  /** Reveal the scene's lines one by one (a step forward) or show them all (going back). */
  reveal: 'fresh' | 'all';
}

/** The player machine's context. */
export interface PlayerContext {
  /** The script played. */
  script: Script;
  /** Its scene machine, used as pure logic: every step is computed with `transition()`. */
  machine: SessionMachine;
  /** Where attempts are saved, as given. */
  storage: PromiseLike<ProgressRepository>;
  /** Storage once opened. */
  repo: ProgressRepository | undefined;
  /** Start a new attempt when there is no unfinished one. */
  begin: boolean;
  /** Lines appear all at once (reduced motion, or the learner's setting once read). */
  instant: boolean;
  /** The learner's settings (the defaults until read). */
  settings: Settings;
  /** The scene snapshot shown (the script's start until an attempt is open). */
  scene: SessionSnapshot;
  /** The attempt as last saved (or the one that could not be restored). */
  attempt: Attempt | undefined;
  /** A step waiting for its save. */
  pending: PendingStep | undefined;
  /** Lines of the current scene shown so far. */
  revealed: number;
  /** The choice just made, for immediate feedback. */
  lastChoice: Choice | null;
  /** How the session was opened. */
  openedAs: OpenedAs;
  /** Why the module could not be opened (in `failed`). */
  openProblem: OpenProblem | null;
  /** Why the last step was not taken. */
  stepProblem: StepProblem | null;
}

/** Events the player accepts. */
export type PlayerEvent =
  /** Pick a choice offered in the current scene. */
  | { type: 'choice.select'; choiceId: string }
  /** Move on from a scene without choices. */
  | { type: 'scene.continue' }
  /** Take back the last choice (and any scenes passed since). */
  | { type: 'step.back' }
  /** Show every line of the current scene now. */
  | { type: 'lines.showAll' }
  /** Begin a first attempt from the introduction. */
  | { type: 'session.begin' }
  /** Start a new attempt (the unfinished one, if any, is kept as abandoned). */
  | { type: 'session.restart' }
  /** Try opening again after a failure that was not about the attempt. */
  | { type: 'session.retry' }
  /** Catch up with the attempt as another tab left it. */
  | { type: 'session.follow' }
  /** Another tab saved an attempt. */
  | { type: 'attempt.savedElsewhere'; attemptId: string; updatedAt: string };

/** What the player emits: every record it saved, for reporters such as the LMS adapter. */
export type PlayerEmitted = { type: 'attempt.saved'; attempt: Attempt };

/** Tags of the player's states, which the views ask instead of state names. */
export type PlayerTag = 'busy' | 'opening' | 'introduction' | 'failed' | 'playing' | 'revealing' | 'ready' | 'saving' | 'stepFailed' | 'movedOn' | 'ended';

/** What last went well with a reflection draft ('' when there is nothing to say). */
export type DraftStatus = '' | 'saved' | 'deleted' | 'nothingToSave';

/** What last went wrong with a reflection draft; `detail` is what the browser said ('' if nothing). */
export type DraftError =
  | { code: 'readFailed' | 'deleteFailed' | 'saveFailed'; detail: string }
  | { code: 'storageFull' }
  | { code: 'tooLong'; length: number; max: number }
  | { code: 'emptyField' };

/** Where a draft stands near its length limit: over it, at it, or fewer than `fewerThan` characters left. */
export type DraftLimit = { kind: 'over' | 'reached'; max: number } | { kind: 'near'; fewerThan: number };
