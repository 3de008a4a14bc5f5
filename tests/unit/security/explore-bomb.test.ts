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
 * The explorer now stops at MAX_STATES distinct states and the compiler reports an error.
 */
import { describe, expect, it } from 'vitest';
import { compileScript } from '../../../src/script/compile';
import type { MarkdownRenderer } from '../../../src/script/markdown';
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

  it('a ~7 KB chain of 25 decisions is refused with a clear error in seconds, not hours', { timeout: 60_000 }, () => {
    const t = performance.now();
    const r = compile(25);
    expect(r.report.diagnostics.map((d) => d.message).join()).toMatch(/too many to check/);
    expect(r.script).toBeUndefined();
    expect(performance.now() - t).toBeLessThan(30_000);
  });
});
