/**
 * Records the app keeps between visits. Each carries `schema` so readers can check what they are
 * reading; the Dexie schema is versioned separately (see `dexie-repository.ts`).
 */

/** Version of the Attempt record shape. */
export const ATTEMPT_SCHEMA = 1;

/** One step the learner took, in order: the choice log a session can be replayed from. */
export type Step =
  /** A choice picked in a scene. */
  | { type: 'choice'; scene: string; choice: string; at: string }
  /** Moving on from a scene without choices. */
  | { type: 'continue'; scene: string; at: string };

/** A step that was taken back with "Go back one choice". */
export interface UndoneStep {
  /** The step that was removed. */
  step: Step;
  /** When it was taken back (ISO time). */
  undoneAt: string;
}

/** One play-through of one module. */
export interface Attempt {
  /** Record shape version. */
  schema: typeof ATTEMPT_SCHEMA;
  /** Random id. */
  id: string;
  /** Module (script) id. */
  moduleId: string;
  /** Content hash of the script version the attempt was played against. */
  scriptHash: string;
  /** `active` until an ending is reached; `abandoned` when the learner started over. */
  status: 'active' | 'completed' | 'abandoned';
  /** ISO time the attempt started. */
  startedAt: string;
  /** ISO time of the last step. */
  updatedAt: string;
  /** Milliseconds of active play (gaps over five minutes count as five). */
  activeMs: number;
  /** The steps taken, in order. */
  steps: Step[];
  /** Steps taken back, in the order they were undone. */
  undone: UndoneStep[];
  /** The machine's persisted snapshot after the last step (JSON). */
  snapshot: unknown;
  /** Scene id the attempt is at. */
  sceneId: string;
  /** Climate after the last step. */
  climate: Record<string, number>;
  /** Ending scene id once completed. */
  endingId?: string;
}

/** How feedback on a choice is shown. */
export type FeedbackMode = 'immediate' | 'debrief';

/** The learner's preferences. */
export interface Settings {
  /** Record shape version. */
  schema: 1;
  /** Feedback at once after each choice, or held until the debrief. */
  feedbackMode: FeedbackMode;
  /** Lines appear one by one at a readable pace, or all at once. */
  pace: 'readable' | 'instant';
}

/** Settings for a learner who never changed them. */
export const DEFAULT_SETTINGS: Settings = { schema: 1, feedbackMode: 'immediate', pace: 'readable' };
