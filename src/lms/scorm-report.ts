/**
 * What the SCO tells the LMS, computed purely from the script and the saved attempt, so it can be
 * tested without an LMS and never disagrees with the debrief.
 *
 * Score (cmi.core.score.raw, 0–100). Balint Rehearsal does not grade learners, but LMSs want a
 * number, so the score only restates what the debrief already says, in two parts:
 *
 * - the ending's outcome sets a band: strong 80–100, mixed 50–70, difficult 20–40;
 * - the share of positive competency evidence on the path (for ÷ (for + against), one half when
 *   the path carried no evidence) places the score within its band: base + round(20 × share).
 *
 * So a strong ending reached with only well-judged choices scores 100, a difficult ending after
 * only poor ones 20, and the bands never overlap: a better ending always scores higher. When the
 * LMS sets a mastery score (cmi.student_data.mastery_score, from the manifest's
 * adlcp:masteryscore), an ending is reported as passed or failed against it; otherwise completed.
 */
import { evidence } from '../session/derive';
import type { Outcome, Script } from '../script/types';
import type { Attempt } from '../storage/types';
import { encodeSuspend, tokensOf } from './scorm-suspend';
import type { EndingResult, LessonStatus, LmsReport } from './types';

/** Lowest score of each outcome's band; the band is 20 points wide. */
export const OUTCOME_BASE: Record<Outcome, number> = { strong: 80, mixed: 50, difficult: 20 };
/** Width of each outcome's band. */
export const BAND = 20;

/** Score (0–100) of an ending reached with this evidence. */
export function scoreFor(r: EndingResult): number {
  const total = r.evidenceFor + r.evidenceAgainst;
  const share = total > 0 ? r.evidenceFor / total : 0.5;
  return Math.max(0, Math.min(100, OUTCOME_BASE[r.outcome] + Math.round(BAND * share)));
}

/** Mastery score from `cmi.student_data.mastery_score`, or undefined when the LMS set none. */
export function parseMastery(raw: string): number | undefined {
  if (!/^\d{1,3}(\.\d+)?$/.test(raw.trim())) return undefined;
  const n = Number(raw);
  return n >= 0 && n <= 100 ? n : undefined;
}

/** Lesson status: incomplete until an ending, then completed, or passed/failed against mastery. */
export function statusFor(done: boolean, score: number | undefined, mastery: number | undefined): LessonStatus {
  if (!done) return 'incomplete';
  if (mastery === undefined || score === undefined) return 'completed';
  return score >= mastery ? 'passed' : 'failed';
}

/** True when an LMS status means the SCO was already finished, so 'incomplete' must not overwrite it. */
export function isFinishedStatus(status: string): boolean {
  return status === 'completed' || status === 'passed' || status === 'failed';
}

/**
 * SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS`, of a duration in milliseconds (rounded to hundredths,
 * capped at 9999:59:59.99 as the format allows no more).
 */
export function formatSessionTime(ms: number): string {
  const max = 9999 * 360_000 + 359_999;
  const cs = Math.min(max, Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0)));
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h, 4)}:${pad(m, 2)}:${pad(s, 2)}.${pad(cs % 100, 2)}`;
}

/** The ending result of a completed attempt, or undefined while it is unfinished. */
export function endingResult(script: Script, attempt: Attempt): EndingResult | undefined {
  if (attempt.status !== 'completed' || !attempt.endingId) return undefined;
  const ending = script.scenes.find((s) => s.id === attempt.endingId)?.ending;
  if (!ending) return undefined;
  const chosen = attempt.steps.flatMap((s) => (s.type === 'choice' ? [s.choice] : []));
  const tally = evidence(script, chosen);
  return {
    outcome: ending.outcome,
    evidenceFor: tally.reduce((n, t) => n + t.for, 0),
    evidenceAgainst: tally.reduce((n, t) => n + t.against, 0),
  };
}

/**
 * The report for an attempt just saved. An abandoned attempt means the learner started over, so
 * the LMS is told the module restarts from the beginning.
 */
export function buildReport(script: Script, attempt: Attempt, mastery?: number): LmsReport {
  const restarted = attempt.status === 'abandoned';
  const steps = restarted ? [] : tokensOf(attempt.steps);
  const { data } = encodeSuspend({ module: script.id, hash: script.hash, steps });
  const result = restarted ? undefined : endingResult(script, attempt);
  const score = result ? scoreFor(result) : undefined;
  return {
    status: statusFor(!!result, score, mastery),
    score,
    exit: result ? '' : 'suspend',
    suspendData: data,
    location: restarted ? script.start : attempt.sceneId,
  };
}
