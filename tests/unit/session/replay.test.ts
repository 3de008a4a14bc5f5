/** The one walk of the scene machine along a choice log. */
import { describe, expect, it } from 'vitest';
import { createSessionMachine } from '../../../src/machine/session-machine';
import { replay } from '../../../src/session/replay';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const machine = createSessionMachine(script);
const at = '2026-12-01T10:00:00.000Z';

describe('replay', () => {
  it('walks a logged log to the same scene and climate', () => {
    const r = replay(machine, [{ type: 'choice', scene: 'ask', choice: 'wait', at }]);
    if (!r.ok) throw new Error(r.problem.code);
    expect(r.snapshot.value).toBe('discuss');
    expect(r.snapshot.context.climate.safety).toBe(20);
  });

  it('fills in the scenes of steps logged without them (an LMS log)', () => {
    const r = replay(machine, [{ type: 'choice', choice: 'wait', at }, { type: 'choice', choice: 'rescue', at }]);
    expect(r.ok && r.steps.map((s) => s.scene)).toEqual(['ask', 'discuss']);
    expect(r.ok && r.snapshot.status).toBe('done');
  });

  it('stops at a choice that is no longer offered and says which', () => {
    expect(replay(machine, [{ type: 'choice', choice: 'protect', at }, { type: 'choice', choice: 'rescue', at }])).toEqual({
      ok: false,
      failedAt: 1,
      problem: { code: 'not-offered', scene: 'discuss', choice: 'rescue' },
    });
  });

  it('stops at a step logged in another scene than the one reached', () => {
    expect(replay(machine, [{ type: 'choice', scene: 'discuss', choice: 'hold', at }])).toMatchObject({ ok: false, failedAt: 0, problem: { code: 'other-scene', logged: 'discuss', reached: 'ask' } });
  });

  it('stops at a step after the ending', () => {
    const r = replay(machine, [{ type: 'choice', choice: 'protect', at }, { type: 'choice', choice: 'hold', at }, { type: 'continue', at }]);
    expect(r).toEqual({ ok: false, failedAt: 2, problem: { code: 'after-ending' } });
  });
});
