/** Bringing a saved attempt back, or saying why it cannot be (never throwing on bad data). */
import { describe, expect, it } from 'vitest';
import { createSessionMachine } from '../../../src/machine/session-machine';
import { attemptRecord } from '../../../src/session/attempt-record';
import { replay } from '../../../src/session/replay';
import { restoreAttempt } from '../../../src/session/restore-attempt';
import type { Attempt } from '../../../src/storage/types';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const machine = createSessionMachine(script);
const at = '2026-12-01T10:00:00.000Z';

/** The attempt saved after "wait" (at `discuss`), changed by `change`. */
function saved(change: (a: Attempt) => Partial<Attempt> = () => ({})): Attempt {
  const r = replay(machine, [{ type: 'choice', choice: 'wait', at }]);
  if (!r.ok) throw new Error(r.problem.code);
  const a = attemptRecord(machine, r.snapshot, { id: 'a1', moduleId: script.id, scriptHash: script.hash, startedAt: at, activeMs: 0, steps: r.steps, undone: [] }, at);
  return { ...a, ...change(a) };
}
const snapshotWith = (a: Attempt, changes: Record<string, unknown>) => ({ ...(a.snapshot as object), ...changes });

describe('restoring an attempt', () => {
  it('uses the saved snapshot of the same script version', () => {
    const r = restoreAttempt(machine, script, saved());
    expect(r.ok && [r.openedAs, r.snapshot.value]).toEqual(['resumed', 'discuss']);
  });

  it('replays the log of a save made against another script version', () => {
    const r = restoreAttempt(machine, script, saved(() => ({ scriptHash: 'older' })));
    expect(r.ok && [r.openedAs, r.snapshot.value]).toEqual(['replayed', 'discuss']);
  });

  it('replays the log when the snapshot is not a state of the script', () => {
    for (const change of [
      (a: Attempt) => ({ snapshot: 'garbage' }),
      (a: Attempt) => ({ snapshot: snapshotWith(a, { value: 'no-such-scene' }) }),
      (a: Attempt) => ({ snapshot: snapshotWith(a, { context: { climate: { safety: 20 }, chosen: ['wait'], visited: ['ask', 'discuss'], trail: [{ scene: 'nowhere', lines: [0], climate: {} }] } }) }),
      (a: Attempt) => ({ snapshot: snapshotWith(a, { context: { climate: { safety: 20 }, chosen: ['wait'], visited: ['ask', 'discuss'], trail: [{ scene: 'discuss', lines: [7], climate: {} }] } }) }),
      (a: Attempt) => ({ snapshot: snapshotWith(a, { context: undefined }) }),
    ]) {
      const r = restoreAttempt(machine, script, saved(change));
      expect(r.ok && [r.openedAs, r.snapshot.value]).toEqual(['repaired', 'discuss']);
    }
  });

  it('says the save is damaged when neither its snapshot nor its log fit the same script', () => {
    const r = restoreAttempt(machine, script, saved((a) => ({ snapshot: snapshotWith(a, { value: 'no-such-scene' }), steps: [{ type: 'choice', scene: 'ask', choice: 'gone', at }] })));
    expect(r).toEqual({ ok: false, problem: { code: 'damaged', failedAt: 0, problem: { code: 'not-offered', scene: 'ask', choice: 'gone' } } });
  });

  it('says the script changed when the log of an older version does not fit', () => {
    const r = restoreAttempt(machine, script, saved(() => ({ scriptHash: 'older', steps: [{ type: 'continue', scene: 'ask', at }] })));
    expect(r).toEqual({ ok: false, problem: { code: 'changed', failedAt: 0, problem: { code: 'cannot-continue', scene: 'ask' } } });
  });
});
