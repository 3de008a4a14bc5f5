/**
 * ISO 8601 durations as xAPI wants them in `result.duration` (`PT1H2M3.45S`), from milliseconds.
 * Hundredths of a second at most, as the xAPI spec says an LRS may truncate beyond that.
 */

/** `PT…` duration of `ms` milliseconds (negative or not finite counts as 0). */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  const seconds = s || (!h && !m) ? `${s}S` : '';
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${seconds}`;
}
