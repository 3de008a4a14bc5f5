/**
 * CSV for spreadsheets (RFC 4180): fields with a comma, quote or line break are quoted and quotes
 * doubled; lines end with CRLF; a byte-order mark lets Excel read UTF-8 names. Learner names come
 * from receipts anyone can write, so a text cell that starts with = + - @ (or a tab or carriage
 * return) is prefixed with a single quote: spreadsheets would otherwise run it as a formula
 * (OWASP "CSV injection"). Numbers are written as numbers and never prefixed.
 */

/** One cell: text is guarded and quoted as needed; numbers and booleans are written as they are. */
export type CsvCell = string | number | boolean | null | undefined;

/** A text cell made safe to open in a spreadsheet. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field as CSV. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  const text = guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text (no byte-order mark). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Rows as a CSV file for download (UTF-8 with a byte-order mark). */
export function csvBlob(rows: readonly (readonly CsvCell[])[]): Blob {
  return new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}
