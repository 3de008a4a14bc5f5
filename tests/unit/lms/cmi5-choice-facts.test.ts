/** What each new choice of an attempt was, for its `answered` statement, and how far along the learner is. */
import { describe, expect, it } from 'vitest';
import { choiceFacts } from '../../../src/lms/cmi5/choice-facts';
import { decisionsToEnding, progressAt } from '../../../src/lms/cmi5/progress';
import type { Step } from '../../../src/storage/types';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const step = (scene: string, choice: string, at: string): Step => ({ type: 'choice', scene, choice, at: `2026-12-01T10:${at}.000Z` });

describe('choice facts', () => {
  it('lists the choices on offer at that moment, which conditions decide', () => {
    const protect = choiceFacts(script, [step('ask', 'protect', '00:10'), step('discuss', 'hold', '00:20')], 0, '2026-12-01T10:00:00.000Z');
    const wait = choiceFacts(script, [step('ask', 'wait', '00:10'), step('discuss', 'hold', '00:20')], 0, '2026-12-01T10:00:00.000Z');
    expect(protect[1]!.offered.map((c) => c.id)).toEqual(['hold']);
    expect(wait[1]!.offered.map((c) => c.id)).toEqual(['hold', 'rescue']);
  });

  it('reports only the steps after those already reported, with the climate after each and the time since the last step', () => {
    const facts = choiceFacts(script, [step('ask', 'protect', '00:10'), step('discuss', 'hold', '00:40')], 1, '2026-12-01T10:00:00.000Z');
    expect(facts.map((f) => [f.scene.id, f.choice.id, f.climate, f.latencyMs])).toEqual([['discuss', 'hold', { safety: 70 }, 30_000]]);
  });

  it('stops at a step the script does not accept', () => {
    expect(choiceFacts(script, [step('ask', 'protect', '00:10'), step('discuss', 'rescue', '00:20')], 0, '2026-12-01T10:00:00.000Z').map((f) => f.choice.id)).toEqual(['protect']);
  });
});

describe('progress', () => {
  it('counts the fewest decisions left before an ending from every scene', () => {
    expect(Object.fromEntries(decisionsToEnding(script))).toEqual({ open: 0, guarded: 0, discuss: 1, ask: 2 });
  });

  it('is the share of decisions taken, below 100 until the ending', () => {
    const left = decisionsToEnding(script);
    expect([progressAt(left, 'ask', 0), progressAt(left, 'discuss', 1), progressAt(left, 'open', 2)]).toEqual([0, 50, 99]);
  });
});
