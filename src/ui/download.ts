/**
 * Save a Blob as a file, locally: an object URL on a temporary link with `download`, revoked
 * afterwards. Nothing is uploaded; the browser's own download handling (and its prompt, where it
 * asks) decides where the file goes.
 */

/** Offer `blob` for download under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
