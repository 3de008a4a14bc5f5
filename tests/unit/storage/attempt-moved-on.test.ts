import { describe, expect, it } from 'vitest';
import { attemptMovedOn } from '../../../src/storage/attempt-moved-on';
import { fakeAttempt } from '../fakes';

const seen = fakeAttempt({ steps: [{ type: 'choice', scene: 'ask', choice: 'wait', at: '2026-11-25T10:01:00.000Z' }] });

describe('attemptMovedOn', () => {
  it('finds an attempt stored exactly as seen not moved on, whatever else its row holds', () => {
    expect(attemptMovedOn({ ...seen, snapshot: 'not checked here' }, seen)).toBe(false);
  });

  it('finds each field that changes when an attempt moves on', () => {
    const changed = [
      { updatedAt: '2026-11-25T12:00:00.000Z' },
      { status: 'completed' },
      { steps: [] },
      { undone: [{ step: seen.steps[0], undoneAt: seen.updatedAt }] },
      { schema: 2 },
    ];
    for (const change of changed) expect(attemptMovedOn({ ...seen, ...change }, seen), JSON.stringify(change)).toBe(true);
  });

  it('counts a row whose compared fields cannot be read as moved on', () => {
    for (const row of [null, 'attempt', { ...seen, steps: 'lost' }, { ...seen, undone: undefined }]) expect(attemptMovedOn(row, seen), JSON.stringify(row)).toBe(true);
  });
});
