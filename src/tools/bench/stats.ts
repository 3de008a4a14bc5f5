/**
 * Small numeric and text helpers shared by the benchmark parts: order statistics (median, p95 by
 * the nearest-rank method, so a figure is always one that was actually measured), rounding for
 * JSON, and a plain-text table printer. Kept free of Node and Playwright imports so every part can
 * use it.
 */

/** Value at quantile q (0–1) by nearest rank; NaN for no samples. */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

/** Median (the lower middle value for an even count, by nearest rank). */
export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Round to `d` decimals (for JSON and tables). */
export const round = (x: number, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);

/** Summary of timing samples in milliseconds. */
export interface Summary { n: number; median: number; p95: number; min: number; max: number }

/** Summarise samples. */
export function summarise(xs: readonly number[]): Summary {
  return { n: xs.length, median: round(median(xs)), p95: round(quantile(xs, 0.95)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) };
}

/** Human size: bytes as kB with one decimal (1 kB = 1,000 bytes). */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Print a titled table with left-aligned text and right-aligned numbers. */
export function printTable(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? String(round(c)) : c)));
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = head.map((_, i) => rows.every((r) => typeof r[i] === 'number'));
  const line = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(width[i]!) : c.padEnd(width[i]!))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of cells) console.log(line(r));
}
