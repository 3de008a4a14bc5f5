/**
 * Scripts too large to keep as fixture files, built from tests/fixtures/validate-minimal.md (and,
 * for the YAML and ReDoS inputs, tests/fixtures/branching.md): each changes one thing and makes it
 * big (a scene chain, a deep path, a long text, a huge front matter, a line that never closes).
 * Used by the hostile-script tests in Node, through the same functions by the end-to-end tests in
 * the browser, and by `npm run bench`'s hostile part (src/tools/bench/hostile-bench.ts), which
 * times what the tests only check.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const minimal = readFileSync(resolve(process.cwd(), 'tests/fixtures/validate-minimal.md'), 'utf8');
const branching = readFileSync(resolve(process.cwd(), 'tests/fixtures/branching.md'), 'utf8');
const frontMatter = minimal.slice(0, minimal.indexOf('\n---\n', 4) + 5);
const ending = minimal.slice(minimal.indexOf('## Phase: close'));
const choice = (id: string, to: string, extra = '') =>
  `#### Choice ${id}: Say nothing.\n${extra}Goes to: #${to}\nEvidence: protect-presenter +1\nWhat happened: On.\nWhy: So.\nGives: Room.\nCosts: Time.\n`;

/** validate-minimal with `old` replaced by `replacement` (which must be there). */
export function minimalWith(old: string, replacement: string): string {
  if (!minimal.includes(old)) throw new Error(`validate-minimal.md has no ${JSON.stringify(old)}`);
  return minimal.replace(old, replacement);
}

/** `n` scenes in a row, each one line and a Next: (about 40 bytes a scene; 11,500 scenes fit in 512 KB). */
export function sceneChain(n: number): string {
  const out = [frontMatter, '## Phase: questions', ''];
  for (let i = 0; i < n; i++) out.push(`### Scene: s${i}`, '**Ana:** x', `Next: #${i + 1 < n ? `s${i + 1}` : 'end'}`);
  return `${out.join('\n')}\n\n${ending}`;
}

/** `scenes` scenes with `perScene` choices each, every choice going on to the next scene. */
export function choiceGrid(scenes: number, perScene: number): string {
  const out = [frontMatter, '## Phase: questions', ''];
  for (let i = 0; i < scenes; i++) {
    out.push(`### Scene: s${i}`, '', '**Ana:** x', '');
    for (let j = 0; j < perScene; j++) out.push(choice(`c${i}-${j}`, i + 1 < scenes ? `s${i + 1}` : 'end'));
  }
  return `${out.join('\n')}\n${ending}`;
}

/** One scene with `n` lines of speech. */
export function manyLines(n: number): string {
  return minimalWith('**Ana:** I keep thinking about her.\n', Array.from({ length: n }, (_, i) => `**Ana:** Line ${i}.\n`).join('\n'));
}

/** The first line of speech `chars` characters long. */
export function longLine(chars: number): string {
  return minimalWith('**Ana:** I keep thinking about her.', `**Ana:** ${'x'.repeat(chars)}`);
}

/** A 400 KB (by default) YAML anchor in the summary, aliased `aliases` times in the content notes. */
export function aliasedAnchor(kb = 400, aliases = 99): string {
  return minimalWith(
    'summary: The smallest valid script.\n',
    `summary: &big "${'grief '.repeat(Math.round((kb * 1024) / 6))}"\ncontentNotes: [${Array(aliases).fill('*big').join(', ')}]\n`,
  );
}

/**
 * A path `n × n` play states long: a choice counts `a` down by one and loops until it is 0, then
 * another counts `b` down by one and sets `a` to 100 again. Every state differs, so the explorer
 * follows one path of about 10,000 states (n = 100) before the ending.
 */
export function countdown(n = 100): string {
  return minimalWith('  - { id: safety, label: Presenter safety, start: 50 }\n', `  - { id: safety, label: A, start: ${n} }\n  - { id: focus, label: B, start: ${n} }\n`)
    .replace(
      /### Scene: ask[\s\S]*?(?=## Phase: close)/,
      `### Scene: ask\n\n**Ana:** Tick.\n\n${choice('down', 'end', 'Effects: safety -1\nGoes to if safety > 0: #ask\nGoes to if focus > 0: #carry\n')}\n` +
        `### Scene: carry\n\n**Ana:** Carry.\n\n${choice('carry', 'ask', 'Effects: focus -1, safety +100\n')}\n`,
    );
}

/** A condition of `n` nested `not`s on the first choice (the parser recursed once per `not`). */
export function notChain(n: number): string {
  return minimalWith('Goes to: [End](#end)\n', `If: ${'not '.repeat(n)}safety < 40\nGoes to: [End](#end)\n`).replace(
    '## Phase: close',
    `${choice('other', 'end')}## Phase: close`,
  );
}

/** A line of speech with `n` levels of strong emphasis (marked ran out of stack). */
export function deepEmphasis(n: number): string {
  return minimalWith('**Ana:** I keep thinking about her.', `**Ana:** ${'**'.repeat(n)}x${'**'.repeat(n)}`);
}

/** `n` lines of speech by people not in the cast (one error each). */
export function manyErrors(n: number): string {
  return minimalWith('**Ana:** I keep thinking about her.\n', Array.from({ length: n }, (_, i) => `**Nobody${i}:** Who am I?\n`).join('\n'));
}

/**
 * A valid script at the count limits, near the 512 KB size limit: 399 scenes (and the ending),
 * two choices each (798), ten lines of speech and narration each (3,990, with emphasis and links
 * for the sanitiser to work on), a climate variable every choice moves, and a condition or two.
 */
export function atTheLimits(): string {
  const out = [frontMatter, 'An introduction with *emphasis* and [a link](https://example.org).', '', '## Phase: questions', ''];
  const scenes = 399;
  for (let i = 0; i < scenes; i++) {
    const next = i + 1 < scenes ? `s${i + 1}` : 'end';
    out.push(`### Scene: s${i}`, '');
    const more = 'She says it again, more slowly, and *nobody* answers.';
    for (let k = 0; k < 10; k++) out.push(k % 3 ? `**Ana:** Line ${k}, *quietly*, [more](#s0). ${more}` : `The group ${k ? '**waits**' : 'waits'}. ${more}`, '');
    out.push(
      choice(`c${i}-a`, next, `Effects: safety +1\n`),
      choice(`c${i}-b`, next, `Effects: safety -1\nGoes to if safety < 10: #${next}\n`),
    );
  }
  return `${out.join('\n')}\n${ending}`;
}

/**
 * Twenty lines of speech at the limits of one piece of text: about 19,000 characters, and
 * `emphases` emphasised words each (499 keeps the line within the element limit).
 */
export function denseText(emphases = 499, lines = 20): string {
  const line = Array.from({ length: emphases }, () => '*some words said again* ').join('').padEnd(19_000, ' and on').slice(0, 19_000);
  return minimalWith('**Ana:** I keep thinking about her.\n', Array.from({ length: lines }, () => `**Ana:** ${line}\n`).join('\n'));
}

/**
 * The 490 KB script at the limits with one problem near its end: the last scene's first line of
 * speech is said by someone not in the cast, so the whole script is read before it is refused.
 */
export function atTheLimitsRefused(): string {
  const source = atTheLimits();
  const at = source.lastIndexOf('**Ana:** Line 1,');
  return `${source.slice(0, at)}**Nobody:**${source.slice(at + '**Ana:**'.length)}`;
}

/**
 * `n` two-way decisions in a row, then one route on all of them: each decision doubles the play
 * states a final condition can tell apart, so 25 of them pass the explorer's budget
 * (tests/unit/security/explore-bomb.test.ts has the finding).
 */
export function decisionChain(n: number): string {
  const scenes: string[] = [];
  const choice = (id: string, to: string) => `#### Choice ${id}: ${id}\nGoes to: #${to}\nEvidence: protect-presenter +1\nWhat happened: x\nWhy: y\nGives: z\nCosts: w\n`;
  for (let i = 0; i < n; i++) scenes.push(`### Scene: s${i}\n\n**Ana:** ${i}\n\n${choice(`c${i}a`, i + 1 < n ? `s${i + 1}` : 'fork')}\n${choice(`c${i}b`, i + 1 < n ? `s${i + 1}` : 'fork')}`);
  const all = Array.from({ length: n }, (_, i) => `chose c${i}a`).join(' and ');
  return `${frontMatter}\n## Phase: questions\n\n${scenes.join('\n')}\n### Scene: fork\n\n**Ana:** fork\n\nNext if ${all}: #good\nNext: #bad\n\n## Phase: close\n\n` +
    ['good', 'bad'].map((e) => `### Ending: ${e}\nTitle: ${e}\nKind: left-with-a-question\n\n**Ana:** ${e}\n\nDebrief: d\n`).join('\n');
}

/** Where a billion-laughs front matter puts its aliases. */
export const LAUGH_SHAPES = ['top-level', 'in-value', 'merge', 'map'] as const;
export type LaughShape = (typeof LAUGH_SHAPES)[number];

/** Nine levels of ten aliases each (10⁹ leaves if anything expanded them), as YAML. */
function laughs(shape: LaughShape): string {
  switch (shape) {
    case 'top-level': {
      const out = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 9; i++) out.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
      return `${out.join('\n')}\ncontentNotes: *l8\ntrack: *l8`;
    }
    case 'in-value': {
      const levels = ['&l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 9; i++) levels.push(`&l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
      return `contentNotes: [${levels.join(', ')}]\ntrack: [${levels.join(', ')}]`;
    }
    case 'merge': {
      const levels = ['&m0 { a: lol, b: lol }'];
      for (let i = 1; i < 9; i++) levels.push(`&m${i} { <<: [${Array(10).fill(`*m${i - 1}`).join(', ')}], k${i}: v }`);
      return `cast: [${levels.join(', ')}]`;
    }
    case 'map': {
      const levels = ['&n0 { a: lol, b: lol, c: lol }'];
      for (let i = 1; i < 9; i++) levels.push(`&n${i} { ${Array.from({ length: 10 }, (_, j) => `k${j}: *n${i - 1}`).join(', ')} }`);
      return `climate: [${levels.join(', ')}]`;
    }
  }
}

/** branching.md with a billion-laughs front matter of `shape` in place of the keys it redefines. */
export function billionLaughs(shape: LaughShape): string {
  const yaml = laughs(shape);
  const redefined = (key: string) => yaml.includes(`\n${key}:`) || yaml.startsWith(`${key}:`);
  return branching
    .replace(/^(track): .*\n/m, (m, key: string) => (redefined(key) ? '' : m))
    .replace(/^(cast|climate):\n(?: {2}- .*\n)+/gm, (m, key: string) => (redefined(key) ? '' : m))
    .replace('minutes: 3\n', `minutes: 3\n${yaml}\n`);
}

/** branching.md with its line "**Ben:** Why didn't you refer her?" (line 22) replaced by `line`. */
export function branchingWithLine(line: string): string {
  return branching.replace("**Ben:** Why didn't you refer her?", line);
}

/** A line that made a parser pattern backtrack, and an ordinary line of the same length and prefix. */
export interface RedosPair {
  /** What the line is and which pattern it is aimed at. */
  name: string;
  adversarial: string;
  ordinary: string;
  /** False for a pattern that still backtracks (found while moving the ReDoS timing to the bench). */
  fixed: boolean;
}

/**
 * Lines of `n` characters aimed at the parser's line patterns: the two that backtracked
 * quadratically and were replaced by indexOf scans (tests/unit/security/redos.test.ts), and two
 * the same kind of search found still backtracking (a heading whose text holds a line separator,
 * a heading that is a long run of letters), with an ordinary line beside each.
 */
export function redosPairs(n = 50_000): RedosPair[] {
  return [
    { name: '"**" + spaces + "x" (speaker prefix)', adversarial: `**${' '.repeat(n)}x`, ordinary: `**${' x'.repeat(n / 2)}`, fixed: true },
    { name: '"[if" + spaces + "x" (condition prefix)', adversarial: `[if${' '.repeat(n)}x`, ordinary: `[if${' x'.repeat(n / 2)}`, fixed: true },
    { name: '"#" + spaces + "x\\u2028y" (heading pattern)', adversarial: `#${' '.repeat(n)}x\u2028y`, ordinary: `#${' x'.repeat(n / 2)}\u2028y`, fixed: true },
    { name: '"### " + letters + "!" (scene heading typo pattern)', adversarial: `### ${'a'.repeat(n)}!`, ordinary: `### ${'a '.repeat(n / 2)}!`, fixed: true },
  ];
}
