/**
 * "Messages in the app's words" as a check: a rejection says what is wrong and what to do, and
 * never carries an engine's error text, a stack message, a third-party URL or a validation
 * library's wording. Text the author wrote is echoed in quotes ("…" or “…”), so quoted spans are
 * left out before the scan: a speaker named "undefined" may be quoted back, an engine's
 * `Cannot read properties of undefined` may not.
 */
import { expect } from 'vitest';

/** Fragments no message may contain outside quotes (case-sensitive: our own "expected" is lower case). */
export const FORBIDDEN_FRAGMENTS = ['Expected', 'Maximum call stack', 'https://github.com', 'undefined', 'RangeError', 'TypeError', 'Please report this'] as const;

/** The message without the author's quoted text. */
const unquoted = (message: string) => message.replace(/"[^"\n]*"|“[^”\n]*”/g, '""');

/** The forbidden fragments a message contains outside quotes. */
export function foreignWords(message: string): string[] {
  const text = unquoted(message);
  return FORBIDDEN_FRAGMENTS.filter((f) => text.includes(f));
}

/** Every message is in the app's own words. */
export function expectOwnWords(messages: readonly string[], what = 'message') {
  const bad = messages.filter((m) => foreignWords(m).length).map((m) => `${what}: ${m.slice(0, 300)}`);
  expect(bad).toEqual([]);
}
