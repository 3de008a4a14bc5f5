/**
 * QR codes behind one tiny interface, so the encoder (qrcode-generator, MIT, no dependencies) can
 * be swapped without touching a view. The result is a single SVG path of dark modules, drawn by a
 * Svelte component as ordinary elements: no HTML string from the library ever reaches the page.
 */
import qrcode from 'qrcode-generator';

/** Modules of quiet zone around the code (the QR standard asks for four). */
export const QR_MARGIN = 4;

/** A QR code ready to draw. */
export interface QrImage {
  /** Modules per side, quiet zone included (the SVG viewBox is `0 0 size size`). */
  size: number;
  /** SVG path data of the dark modules, one unit per module. */
  path: string;
}

/**
 * The QR code of an ASCII text (a link), with low error correction to keep long links scannable;
 * undefined when the text is too long for any QR code or is not ASCII.
 */
export function qrImage(text: string): QrImage | undefined {
  if (!/^[\x20-\x7e]*$/.test(text)) return undefined;
  const qr = qrcode(0, 'L');
  try {
    qr.addData(text, 'Byte');
    qr.make();
  } catch {
    return undefined;
  }
  const n = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.isDark(row, col)) col++;
      path += `M${start + QR_MARGIN} ${row + QR_MARGIN}h${col - start}v1h-${col - start}z`;
    }
  }
  return { size: n + 2 * QR_MARGIN, path };
}
