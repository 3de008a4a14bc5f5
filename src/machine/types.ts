/**
 * Types of the session machine: its context, events and input. Context holds only what the rules
 * of play need plus the trail the transcript and debrief are derived from; anything derivable
 * (evidence, clock, phase) is computed from it, not stored twice.
 */

/** One scene as it was entered during play. */
export interface TrailEntry {
  /** Scene id. */
  scene: string;
  /** Indexes of the scene's lines that were visible on entry. */
  lines: number[];
  /** Climate on entry. */
  climate: Record<string, number>;
  /** The choice made in this scene, once made. */
  choice?: string;
}

/** The machine's context. */
export interface SessionContext {
  /** Current climate values. */
  climate: Record<string, number>;
  /** Choice ids made so far, in order. */
  chosen: string[];
  /** Scene ids entered so far, in order (the current scene last). */
  visited: string[];
  /** Every scene entered, with its visible lines and the choice made there. */
  trail: TrailEntry[];
}

/** Events the machine accepts. */
export type SessionEvent =
  /** The learner picks a choice offered in the current scene. */
  | { type: 'choice.select'; choiceId: string }
  /** The learner moves on from a scene without choices. */
  | { type: 'scene.continue' };

/** Input when a session starts. */
export interface SessionInput {
  /** Override the script's starting climate (tests, previews). */
  climate?: Record<string, number>;
}
