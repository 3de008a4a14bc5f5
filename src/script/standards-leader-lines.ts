/**
 * How long leaders speak (content/judgement.md §9: leaders speak rarely and briefly). A leader's
 * line is a speech line of the `leader` or `co-leader` cast, and, when the learner sits in one of
 * those seats, the learner's own speech and what they say in a choice (the quoted part of its
 * text, or all of it when nothing is quoted; silent choices say nothing).
 */
import type { RawScript } from './raw-script';
import type { Scene, Script } from './types';

/** Most words in one leader line, unless the scene is marked `Long intervention: yes`. */
export const LEADER_LINE_WORDS = 45;

/** One thing a leader says. */
export interface LeaderLine {
  /** The scene it is said in. */
  scene: Scene;
  /** Its words. */
  words: number;
  /** Source line (the line, or the choice heading). */
  line: number;
}

const LEADING = new Set(['leader', 'co-leader']);

/** Words in a text: runs of non-space characters that contain a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The parts of a choice text in double quotation marks, or the whole text when none is quoted. */
function spoken(text: string): string {
  const quoted = [...text.matchAll(/"([^"]*)"|“([^”]*)”/g)].map((m) => m[1] ?? m[2] ?? '');
  return quoted.length ? quoted.join(' ') : text;
}

/** Everything a leader says in a script. */
export function leaderLines(script: Script): LeaderLine[] {
  const leaders = new Set(script.cast.filter((c) => LEADING.has(c.role)).map((c) => c.id));
  if (LEADING.has(script.seat)) leaders.add('you');
  const out: LeaderLine[] = [];
  for (const scene of script.scenes) {
    for (const l of scene.lines) if (l.kind === 'speech' && l.speaker && leaders.has(l.speaker)) out.push({ scene, words: wordCount(l.text), line: l.line });
    if (leaders.has('you')) for (const c of scene.choices) if (!c.silent) out.push({ scene, words: wordCount(spoken(c.text)), line: c.line });
  }
  return out;
}

/** The longest leader line (0 words at line 0 when leaders never speak). */
export function longestLeaderLine(script: Script): { words: number; line: number } {
  return leaderLines(script).reduce((best, l) => (l.words > best.words ? { words: l.words, line: l.line } : best), { words: 0, line: 0 });
}

/** Leader lines over the limit in scenes not marked `Long intervention: yes`. */
export function checkLeaderLines(script: Script, raw: RawScript, err: (line: number, message: string) => void) {
  const long = new Set(raw.scenes.filter((s) => s.longIntervention).map((s) => s.id));
  for (const l of leaderLines(script))
    if (l.words > LEADER_LINE_WORDS && !long.has(l.scene.id))
      err(l.line, `a leader line of ${l.words} words (at most ${LEADER_LINE_WORDS}); shorten it, or mark the scene "Long intervention: yes" if the length is deliberate`);
}
