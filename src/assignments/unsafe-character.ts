/**
 * Which unsafe character a title, name or date holds, as a code the views name in words a reader
 * recognises ("a hidden direction-changing character": `m.assignmentProblems.character`). The check
 * itself is `hasUnsafeText` (src/storage/text-checks.ts), shared by every stored and imported
 * record; this only tells the first character it objects to apart, so a refusal can name it
 * rather than say "control, direction or invisible characters".
 */
import { UNSAFE_TEXT } from '../storage/text-checks';
import type { UnsafeCharacter } from './types';

const DIRECTION = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const NAMED_CONTROLS: Record<string, UnsafeCharacter> = { '\u0000': 'nul', '\n': 'line-break', '\r': 'line-break', '\t': 'tab' };

/** The kind of the first unsafe character of `s`, or undefined when there is none. */
export function unsafeCharacter(s: string): UnsafeCharacter | undefined {
  const found = UNSAFE_TEXT.exec(s)?.[0];
  if (found === undefined) return undefined;
  if (DIRECTION.test(found)) return 'direction';
  if (/\p{Cc}/u.test(found)) return NAMED_CONTROLS[found] ?? 'control';
  return 'zero-width';
}
