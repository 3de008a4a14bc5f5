/**
 * The one size rule for a draft: no larger than a script file may be (`MAX_SCRIPT_BYTES` of UTF-8,
 * the limit the browser's checker and the case library apply), so a draft is never kept that could
 * not be checked, and storage (which checks the same limit) never refuses one the screen kept.
 */
import { MAX_SCRIPT_BYTES } from '../script/limits';

/** True when `text` is larger than a script file may be (so it is not kept as a draft either). */
export function tooLongToKeep(text: string): boolean {
  // Characters first: a character is at most 3 bytes of UTF-8 per UTF-16 unit, so most texts need no encoding.
  return text.length > MAX_SCRIPT_BYTES || (text.length * 3 > MAX_SCRIPT_BYTES && new TextEncoder().encode(text).length > MAX_SCRIPT_BYTES);
}
