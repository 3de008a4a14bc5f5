/**
 * Times and durations in the forms the two SCORM versions require. SCORM 1.2 has a clock time
 * (CMITime, `HH:MM:SS`, the learner's local clock) and a timespan (CMITimespan, `HHHH:MM:SS.SS`);
 * SCORM 2004 has ISO 8601 time stamps (`YYYY-MM-DDThh:mm:ss.sZ`, the fraction required before the
 * zone by the RTE's grammar) and ISO 8601 durations (`PT#H#M#S`, hundredths at most).
 */

/** Hundredths of a second in `ms`, rounded, never negative, 0 for anything not a number. */
function hundredths(ms: number): number {
  return Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0));
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS`, of a duration in milliseconds (rounded to hundredths,
 * capped at 9999:59:59.99 as the format allows no more).
 */
export function formatSessionTime(ms: number): string {
  const cs = Math.min(9999 * 360_000 + 359_999, hundredths(ms));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h, 4)}:${pad(m, 2)}:${pad(s, 2)}.${pad(cs % 100, 2)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), `PT#H#M#S` with at most two decimals, of a duration in milliseconds. */
export function isoDuration(ms: number): string {
  const cs = hundredths(ms);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h}H${m}M${s}S`;
}

/** SCORM 1.2 CMITime, `HH:MM:SS`, of a moment on the learner's clock. */
export function clockTime(at: Date): string {
  return `${pad(at.getHours(), 2)}:${pad(at.getMinutes(), 2)}:${pad(at.getSeconds(), 2)}`;
}

/** SCORM 2004 time (second,10,0), `YYYY-MM-DDThh:mm:ss.ssZ` in UTC, of a moment. */
export function isoTimestamp(at: Date): string {
  const iso = at.toISOString(); // YYYY-MM-DDThh:mm:ss.sssZ
  return `${iso.slice(0, 22)}Z`;
}
