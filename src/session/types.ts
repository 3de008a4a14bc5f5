/**
 * What the session hands the views: plain, derived view data. Nothing here is stored; it is all
 * recomputed from the script and the machine's context (see `derive.ts`).
 */
import type { Choice, Line, PhaseId } from '../script/types';

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
