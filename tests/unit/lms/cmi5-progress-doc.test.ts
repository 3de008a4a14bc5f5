/** The resume document a cmi5 AU keeps in the LRS: versioned, checked when read. */
import { describe, expect, it } from 'vitest';
import { progressDoc, readProgressDoc, suspendStateOf } from '../../../src/lms/cmi5/progress-doc';

const state = { module: 'first-group', hash: 'abc123', steps: [{ type: 'choice' as const, choice: 'hold' }, { type: 'continue' as const }] };

describe('the resume document', () => {
  it('round-trips the choice log, completion and points', () => {
    const doc = progressDoc(state, true, 50);
    expect(doc).toEqual({ format: 'balint-rehearsal-cmi5-progress', v: 1, suspend: 'br1~first-group~abc123~hold._', completed: true, points: 50 });
    const read = readProgressDoc(JSON.parse(JSON.stringify(doc)));
    expect(suspendStateOf(read)).toEqual(state);
  });

  it('is treated as absent when it is another version or another shape', () => {
    expect(readProgressDoc({ ...progressDoc(state, false, 0), v: 2 })).toBeUndefined();
    expect(readProgressDoc({ ...progressDoc(state, false, 0), extra: 1 })).toBeUndefined();
    expect(readProgressDoc('br1~first-group~abc123~hold')).toBeUndefined();
  });

  it('holds no choice log before the first step', () => {
    expect(suspendStateOf(progressDoc(undefined, false, 0))).toBeUndefined();
  });
});
