/**
 * Path explosion in the explorer (found by tests/unit/security).
 *
 * Found by these tests and fixed with a state budget (MAX_STATES). src/script/explore.ts memoises by play state, and the
 * state includes every choice some condition mentions. One `Next if chose c0a and chose c1a and …`
 * over n sequential two-way decisions therefore makes 2ⁿ distinct states. Measured (plain
 * renderer, loaded machine): n = 14 → 0.6 s, 16 → 4 s, 17 → 9 s, 18 → 26 s; the script is ~5 KB,
 * and n = 25 (~7 KB) would run for hours. compileScript has no state or time budget, and the
 * in-browser authoring path (src/authoring/compile-in-browser.ts) accepts 512 KB of untrusted
 * text, so one small hostile file freezes the tab (and the build / content:check likewise).
 *
 * The explorer now stops at MAX_STATES distinct states and the compiler reports an error. The
 * tests count the explorer's work (states visited) rather than time it; `npm run bench` (its
 * hostile part) measures how long the refusal takes.
 */
import { describe, expect, it } from 'vitest';
import { buildScript } from '../../../src/script/build';
import { compileScript } from '../../../src/script/compile';
import { exploreScript, MAX_STATES } from '../../../src/script/explore';
import type { MarkdownRenderer } from '../../../src/script/markdown';
import { parseScript } from '../../../src/script/parse';
import { validateScript } from '../../../src/script/validate';
import { vocabulary } from '../compile-fixture';

const plain: MarkdownRenderer = { inline: (s) => s, block: (s) => s, text: (s) => s };

/** n sequential scenes with two choices each, then one route conditioned on all the "a" choices. */
export function decisionChain(n: number): string {
  const scenes: string[] = [];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `s${i + 1}` : 'fork';
    scenes.push(
      `### Scene: s${i}\n\n**Ana:** ${i}\n\n` +
        ['a', 'b'].map((c) => `#### Choice c${i}${c}: ${c}\nGoes to: [n](#${next})\nEvidence: protect-presenter +1\nWhat happened: x\nWhy: y\nInstead: z\n`).join('\n'),
    );
  }
  const all = Array.from({ length: n }, (_, i) => `chose c${i}a`).join(' and ');
  return `---
id: bomb
title: Bomb
summary: Paths multiply.
track: foundations
seat: member
minutes: 1
setting: x
competencies: [protect-presenter]
cast:
  - { id: ana, name: Ana, role: presenter, persona: "p" }
climate:
  - { id: safety, label: S, start: 50 }
---

## Phase: questions

${scenes.join('\n')}
### Scene: fork

**Ana:** fork

Next if ${all}: [e](#good)
Next: [e](#bad)

## Phase: close

### Ending: good
Title: G
Outcome: strong

**Ana:** g

Debrief: d

### Ending: bad
Title: B
Outcome: difficult

**Ana:** b

Debrief: d
`;
}

const compile = (n: number) => compileScript(decisionChain(n), `chain-${n}.md`, { vocabulary, markdown: plain, hash: 'x' });

describe('explorer cost on a chain of decisions with one condition over all of them', () => {
  it('a chain of 8 compiles (the generator makes valid scripts; 2⁸ paths)', () => {
    const r = compile(8);
    expect(r.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.report.paths).toBe(256);
  });

  it('a ~7 KB chain of 25 decisions is refused with a clear error', { timeout: 60_000 }, () => {
    const r = compile(25);
    expect(r.report.diagnostics.map((d) => d.message).join()).toMatch(/too many to check/);
    expect(r.script).toBeUndefined();
  });

  it(`on that chain the explorer visits ${MAX_STATES.toLocaleString('en')} states and stops, not 2²⁵`, { timeout: 60_000 }, () => {
    const source = decisionChain(25);
    const { raw } = parseScript(source, 'chain-25.md');
    const { meta } = validateScript(raw, vocabulary);
    const exploration = exploreScript(buildScript(raw, meta!, { markdown: plain, hash: 'x' }));
    expect(exploration.exhausted).toBe(true);
    expect(exploration.states).toBe(MAX_STATES);
  });
});
