/** Test-data factories (Twine's test-util habit): sensible defaults, override what a test needs. */
import { ATTEMPT_SCHEMA, type Attempt } from '../../src/storage/types';

let n = 0;
/** A valid Attempt. */
export function fakeAttempt(overrides: Partial<Attempt> = {}): Attempt {
  n++;
  return {
    schema: ATTEMPT_SCHEMA,
    id: `attempt-${n}`,
    moduleId: 'fixture-branching',
    scriptHash: 'abc123',
    status: 'active',
    startedAt: '2026-11-25T10:00:00.000Z',
    updatedAt: `2026-11-25T10:${String(n % 60).padStart(2, '0')}:00.000Z`,
    activeMs: 0,
    steps: [],
    undone: [],
    snapshot: { value: 'ask' },
    sceneId: 'ask',
    climate: { safety: 50 },
    ...overrides,
  };
}
