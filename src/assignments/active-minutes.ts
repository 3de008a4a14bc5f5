/**
 * Minutes of active play, rounded once, here, for every place that shows them (the learner's
 * assignment, the cohort table, the CSV): to the nearest minute, and at least one once anything at
 * all was played, so a short session never reads as "0 minutes" beside work that was done.
 */

/** Whole minutes of `ms` milliseconds of active play. */
export function activeMinutes(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0) return 0;
  return Math.max(1, Math.round(ms / 60000));
}
