/**
 * Which unsafe character a title, name or date holds, in words a reader recognises. The check
 * itself is `hasUnsafeText` (src/storage/text-checks.ts), shared by every stored and imported
 * record; this only names the first character it objects to, so a refusal can say "a hidden
 * direction-changing character" rather than "control, direction or invisible characters".
 */
import { UNSAFE_TEXT } from '../storage/text-checks';

const DIRECTION = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const NAMED_CONTROLS: Record<string, string> = {
  '\u0000': 'a NUL character (an invisible control character)',
  '\n': 'a line break',
  '\r': 'a line break',
  '\t': 'a tab',
};

/** The first unsafe character of `s`, named ("a hidden direction-changing character"), or undefined when there is none. */
export function unsafeCharacterWords(s: string): string | undefined {
  const found = UNSAFE_TEXT.exec(s)?.[0];
  if (found === undefined) return undefined;
  if (DIRECTION.test(found)) return 'a hidden direction-changing character';
  if (/\p{Cc}/u.test(found)) return NAMED_CONTROLS[found] ?? 'an invisible control character';
  return 'an invisible zero-width character';
}
