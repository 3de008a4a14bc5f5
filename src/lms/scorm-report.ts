/**
 * What the SCO tells the LMS, computed purely from the script and the saved attempt, so it can be
 * tested without an LMS and never disagrees with the debrief.
 *
 * Balint Rehearsal does not grade sessions (content/judgement.md): no ending is better than
 * another and no choice is right. So by default a package reports completion only: the completion
 * status (1.2 `cmi.core.lesson_status`, 2004 `cmi.completion_status`) is incomplete until an
 * ending, then completed, never passed or failed (2004's `cmi.success_status` is never set); plus
 * the session time, the suspend data and each choice (`choice-interactions.ts`). There is no score.
 *
 * An instructor may choose a participation score when building the package (`score:
 * 'participation'` in its course block): 50 when the module reaches an ending, plus 50 when the
 * learner saves a reflection at the debrief. It measures taking part, never the quality of a
 * session or of a choice, and the status stays completed.
 */
import type { Script } from '../script/types';
import type { Attempt } from '../storage/types';
import { encodeSuspend, SUSPEND_LIMIT, tokensOf } from './scorm-suspend';
import type { LessonStatus, LmsReport, ScoreMode } from './types';

/** Points for reaching an ending, and for saving a reflection at the debrief. */
export const PARTICIPATION_POINTS = { ending: 50, reflection: 50 } as const;

/** The participation score (0–100) for what the learner did: reached an ending, saved a reflection. */
export function participationScore(reachedEnding: boolean, reflected: boolean): number {
  return (reachedEnding ? PARTICIPATION_POINTS.ending : 0) + (reflected ? PARTICIPATION_POINTS.reflection : 0);
}

/** Lesson status: incomplete until an ending, then completed. Never passed or failed. */
export function statusFor(done: boolean): LessonStatus {
  return done ? 'completed' : 'incomplete';
}

/** True when an LMS status means the SCO was already finished, so 'incomplete' must not overwrite it. */
export function isFinishedStatus(status: string): boolean {
  return status === 'completed' || status === 'passed' || status === 'failed';
}

/** True when the attempt reached one of the script's endings. */
export function reachedEnding(script: Script, attempt: Attempt): boolean {
  return attempt.status === 'completed' && !!attempt.endingId && !!script.scenes.find((s) => s.id === attempt.endingId)?.ending;
}

/**
 * The report for an attempt just saved. An abandoned attempt means the learner started over, so
 * the LMS is told the module restarts from the beginning. A score is part of it only with a
 * participation score (`mode`), and only once an ending is reached: the points for the ending.
 * The points for a reflection are added when one is saved (`ScormRuntime.reflectionSaved`).
 * `suspendLimit` is the version's (4,096 characters in SCORM 1.2, 64,000 in 2004).
 */
export function buildReport(script: Script, attempt: Attempt, mode?: ScoreMode, suspendLimit = SUSPEND_LIMIT): LmsReport {
  const restarted = attempt.status === 'abandoned';
  const steps = restarted ? [] : tokensOf(attempt.steps);
  const { data } = encodeSuspend({ module: script.id, hash: script.hash, steps }, suspendLimit);
  const done = !restarted && reachedEnding(script, attempt);
  const score = done && mode === 'participation' ? participationScore(true, false) : undefined;
  return {
    status: statusFor(done),
    ...(score === undefined ? {} : { score }),
    exit: done ? '' : 'suspend',
    suspendData: data,
    location: restarted ? script.start : attempt.sceneId,
  };
}
