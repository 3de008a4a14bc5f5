/**
 * Choices as interactions: which steps the LMS already has (a launch, new steps, going back, a new
 * attempt), and what each interaction says (branch point, response, when offered, latency,
 * description).
 */
import { describe, expect, it } from 'vitest';
import { choiceInteractions, commonPrefix, DESCRIPTION_LIMIT, reportedPrefix, ReportedSteps } from '../../../src/lms/choice-interactions';
import type { Step } from '../../../src/storage/types';
import { fakeAttempt } from '../fakes';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const choice = (scene: string, id: string, at: string): Step => ({ type: 'choice', scene, choice: id, at });
const cont = (scene: string, at: string): Step => ({ type: 'continue', scene, at });
const T = (s: number) => new Date(Date.UTC(2026, 10, 25, 10, 0, s)).toISOString();
const ms = (iso: string) => Date.parse(iso);

describe('which steps the LMS already has', () => {
  it('counts the first `count` choices as reported, with the continues among them', () => {
    const steps = [cont('a', T(1)), choice('b', 'x', T(2)), cont('c', T(3)), choice('d', 'y', T(4)), cont('e', T(5))];
    expect(reportedPrefix(steps, 0)).toBe(0);
    expect(reportedPrefix(steps, 1)).toBe(2);
    expect(reportedPrefix(steps, 2)).toBe(4);
    expect(reportedPrefix(steps, 9)).toBe(5);
  });

  it('compares paths step by step, time included', () => {
    const a = [choice('ask', 'wait', T(1)), choice('discuss', 'rescue', T(2))];
    expect(commonPrefix(a, a.slice())).toBe(2);
    expect(commonPrefix(a, [a[0]!])).toBe(1);
    expect(commonPrefix(a, [a[0]!, choice('discuss', 'rescue', T(3))])).toBe(1);
    expect(commonPrefix(a, [cont('ask', T(1))])).toBe(0);
  });

  it('on launch trusts the LMS count, then reports only new steps, a step taken instead of an undone one, and every step of a new attempt', () => {
    const r = new ReportedSteps();
    const s1 = choice('ask', 'wait', T(1));
    const s2 = choice('discuss', 'rescue', T(2));
    const resumed = fakeAttempt({ steps: [s1] });
    let asked = 0;
    expect(r.take(resumed, () => (asked++, 1))).toBe(1);
    expect(r.take({ ...resumed, steps: [s1, s2] }, () => (asked++, 0))).toBe(1);
    expect(asked).toBe(1); // the LMS count matters only at launch
    expect(r.take({ ...resumed, steps: [s1] }, () => 0)).toBe(1); // went back: nothing new
    const s2b = choice('discuss', 'hold', T(9));
    expect(r.take({ ...resumed, steps: [s1, s2b] }, () => 0)).toBe(1);
    expect(r.take({ ...resumed, steps: [s1, s2b] }, () => 0)).toBe(2); // the same save again: nothing new
    expect(r.take(fakeAttempt({ steps: [] }), () => 5)).toBe(0);
  });

  it('on a first launch with no interactions reports every step', () => {
    expect(new ReportedSteps().take(fakeAttempt({ steps: [choice('ask', 'wait', T(1))] }), () => 0)).toBe(0);
  });
});

describe('an interaction for each choice', () => {
  const attempt = fakeAttempt({ moduleId: script.id, startedAt: T(0), steps: [choice('ask', 'protect', T(30)), choice('discuss', 'hold', T(75))] });

  it('names the branch point, the response, the decision number and the choice\'s words', () => {
    const list = choiceInteractions(script, attempt, 0, ms(T(0)));
    expect(list.map((i) => [i.module, i.scene, i.choice, i.ordinal])).toEqual([
      [script.id, 'ask', 'protect', 1],
      [script.id, 'discuss', 'hold', 2],
    ]);
    expect(list[0]!.description).toBe('Branching fixture, decision 1: Let\'s keep to questions of fact.');
    expect(list[1]!.description).toBe('Branching fixture, decision 2: Hold the silence.');
  });

  it('times a decision from the step before it (or the attempt\'s start) to the choice', () => {
    const [a, b] = choiceInteractions(script, attempt, 0, ms(T(0)));
    expect([a!.shownAt.toISOString(), a!.latencyMs]).toEqual([T(0), 30_000]);
    expect([b!.shownAt.toISOString(), b!.latencyMs]).toEqual([T(30), 45_000]);
  });

  it('from a given step on, still numbering decisions from the start of the attempt', () => {
    expect(choiceInteractions(script, attempt, 1, ms(T(0))).map((i) => [i.choice, i.ordinal])).toEqual([['hold', 2]]);
    expect(choiceInteractions(script, attempt, 2, ms(T(0)))).toEqual([]);
  });

  it('never counts time from before this SCO opened (a resumed attempt\'s last step may be days old)', () => {
    const [b] = choiceInteractions(script, attempt, 1, ms(T(60)));
    expect([b!.shownAt.toISOString(), b!.latencyMs]).toEqual([T(60), 15_000]);
  });

  it('keeps a description within 250 characters', () => {
    const long = { ...script, title: 'A'.repeat(300) };
    const [a] = choiceInteractions(long, attempt, 0, ms(T(0)));
    expect(a!.description).toHaveLength(DESCRIPTION_LIMIT);
    expect(a!.description.endsWith('…')).toBe(true);
  });
});
