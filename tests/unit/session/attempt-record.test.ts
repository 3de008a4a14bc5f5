/** The one builder of attempt records. */
import { describe, expect, it } from 'vitest';
import { createSessionMachine } from '../../../src/machine/session-machine';
import { attemptRecord, type AttemptFacts } from '../../../src/session/attempt-record';
import { replay } from '../../../src/session/replay';
import { checkAttempt } from '../../../src/storage/record-checks';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const machine = createSessionMachine(script);
const at = '2026-12-01T10:00:00.000Z';
const facts: AttemptFacts = { id: 'a1', moduleId: script.id, scriptHash: script.hash, startedAt: at, activeMs: 0, steps: [], undone: [] };
const walk = (...choices: string[]) => {
  const r = replay(machine, choices.map((choice) => ({ type: 'choice' as const, choice, at })));
  if (!r.ok) throw new Error(r.problem.code);
  return r;
};

describe('attempt record', () => {
  it('records the scene, climate and snapshot of an unfinished attempt, in a shape storage accepts', () => {
    const r = walk('wait');
    const a = attemptRecord(machine, r.snapshot, { ...facts, steps: r.steps }, at);
    expect(a).toMatchObject({ status: 'active', sceneId: 'discuss', climate: { safety: 20 }, updatedAt: at });
    expect(a.endingId).toBeUndefined();
    expect(checkAttempt(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it('completes the attempt at an ending and names it, whatever status it is given', () => {
    const r = walk('protect', 'hold');
    expect(attemptRecord(machine, r.snapshot, { ...facts, status: 'abandoned' }, at)).toMatchObject({ status: 'completed', endingId: 'open' });
  });

  it('carries nothing of an earlier record that the facts do not name', () => {
    const ended = attemptRecord(machine, walk('protect', 'hold').snapshot, facts, at);
    const again = attemptRecord(machine, walk('protect').snapshot, ended, at);
    expect(again).toMatchObject({ status: 'active', sceneId: 'discuss' });
    expect('endingId' in again).toBe(false);
  });
});
