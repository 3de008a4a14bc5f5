/**
 * The three headings of a script's body (phase, scene or ending, choice), read exactly and, when
 * they do not match, read again for the one-character typos authors make: a misspelt keyword
 * (`### Scne: questions`), a missing colon (`#### Choice wonder "…"`) or space. A heading made out
 * this way is still an error, but the parser goes on as the author meant, so one typo gives one
 * message instead of a cascade ("text outside a scene" on every line, "unknown scene" at every
 * link to it). A heading that cannot be made out returns `undefined` and its section is skipped.
 */

import { PHASES } from './types';

/** A heading as read: exactly, or made out despite a typo (`exact: false`, to be reported). */
export type HeadingRead<T> = { exact: boolean; value: T };

/** Levenshtein distance between two short words, stopping early once it is over `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** True when `word` is `keyword` with at most two letters wrong (case aside). */
export function nearWord(word: string, keyword: string): boolean {
  if (word.length > 40) return false;
  return distance(word.toLowerCase(), keyword.toLowerCase(), 2) <= 2;
}

/**
 * A keyword, a colon or a space, an id and an optional ` — note`: how a phase or scene heading looks
 * with a typo. No two parts can take the same character, so it fails in linear time.
 */
const TYPO = /^([A-Za-z]+)(?:\s*:\s*|\s+)([A-Za-z0-9][A-Za-z0-9-]*)(?:\s+[—–-].*)?$/;

/** `## Phase: <id>`, or a heading that is plainly one with a typo; `rest` is the text after `##`. */
export function readPhaseHeading(rest: string): HeadingRead<string> | undefined {
  const m = /^Phase:\s*([A-Za-z0-9-]+)(?:\s+[—–-].*)?$/.exec(rest);
  if (m) return { exact: true, value: m[1]! };
  // Only a phase the format knows: `## Case notes` is not taken for a phase called "notes".
  const t = TYPO.exec(rest);
  return t && nearWord(t[1]!, 'phase') && PHASES.includes(t[2] as never) ? { exact: false, value: t[2]! } : undefined;
}

/** What a scene heading names. */
export interface SceneHeading {
  /** Scene id. */
  id: string;
  /** `### Ending:` rather than `### Scene:`. */
  isEnding: boolean;
}

/** `### Scene: <id>` or `### Ending: <id>`, or a heading that is plainly one with a typo. */
export function readSceneHeading(rest: string): HeadingRead<SceneHeading> | undefined {
  const m = /^(Scene|Ending):\s*([A-Za-z0-9-]+)(?:\s+[—–-].*)?$/.exec(rest);
  if (m) return { exact: true, value: { id: m[2]!, isEnding: m[1] === 'Ending' } };
  const t = TYPO.exec(rest);
  if (!t) return undefined;
  const word = t[1]!.toLowerCase();
  const scene = distance(word, 'scene', 2);
  const ending = distance(word, 'ending', 2);
  if (Math.min(scene, ending) > 2) return undefined;
  return { exact: false, value: { id: t[2]!, isEnding: ending < scene } };
}

/** What a choice heading names. */
export interface ChoiceHeading {
  /** Choice id. */
  id: string;
  /** What the learner says or does, as written (quotes not yet stripped). */
  text: string;
}

/** `#### Choice <id>: <text>`, or a heading that is plainly one with a typo (a missing colon). */
export function readChoiceHeading(rest: string): HeadingRead<ChoiceHeading> | undefined {
  const m = /^Choice\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(rest);
  if (m) return { exact: true, value: { id: m[1]!, text: m[2]!.trim() } };
  const t = /^([A-Za-z]+)\s+([A-Za-z0-9][A-Za-z0-9-]*)(?![A-Za-z0-9-])\s*(?::\s*)?((?:\S.*)?)$/.exec(rest);
  return t && nearWord(t[1]!, 'choice') ? { exact: false, value: { id: t[2]!, text: t[3]!.trim() } } : undefined;
}
