/**
 * Whether a file that is not UTF-8 is text re-saved as UTF-16 (as some editors and spreadsheet
 * programs do), so the reader can say "saved as UTF-16" and how to save it again, rather than "not a
 * text file". The readers of backups, receipts and case files ask this once UTF-8 decoding has
 * failed. A byte-order mark alone is not enough: the rest must decode as UTF-16 in that byte order,
 * and, for a format with a known start (JSON's `{`), begin like it, so a binary file that happens
 * to open with FF FE is still called what it is.
 */

/** True when `bytes` are UTF-16 text with a byte-order mark, starting (after white space) with `startsLike` if given. */
export function savedAsUtf16(bytes: ArrayBuffer, startsLike = ''): boolean {
  const b = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const encoding = b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : undefined;
  if (!encoding) return false;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes).trimStart().startsWith(startsLike);
  } catch {
    return false;
  }
}
