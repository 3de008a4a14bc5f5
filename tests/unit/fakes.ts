/** Test-data factories (Twine's test-util habit): sensible defaults, override what a test needs. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ATTEMPT_SCHEMA, LIBRARY_SCRIPT_SCHEMA, REFLECTION_SCHEMA, type Attempt, type LibraryScript, type Reflection } from '../../src/storage/types';

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
    snapshot: { status: 'active', value: 'ask', historyValue: {}, context: { climate: { safety: 50 }, chosen: [], visited: ['ask'], trail: [{ scene: 'ask', lines: [0], climate: { safety: 50 } }] }, children: {} },
    sceneId: 'ask',
    climate: { safety: 50 },
    ...overrides,
  };
}

/** A valid Reflection on `attemptId`. */
export function fakeReflection(attemptId: string, overrides: Partial<Reflection> = {}): Reflection {
  return {
    schema: REFLECTION_SCHEMA,
    attemptId,
    moduleId: 'fixture-branching',
    text: 'I noticed how much I wanted to rescue the presenter. The silence felt long, then useful.',
    createdAt: '2026-11-25T11:00:00.000Z',
    updatedAt: '2026-11-25T11:05:00.000Z',
    ...overrides,
  };
}

/** A valid LibraryScript holding a real script (tests/fixtures/branching.md, with `id` replaced when given). */
export function fakeLibraryScript(overrides: Partial<LibraryScript> = {}): LibraryScript {
  const id = overrides.id ?? 'fixture-branching';
  const source = readFileSync(resolve(process.cwd(), 'tests/fixtures/branching.md'), 'utf8').replace(/^id: .*$/m, `id: ${id}`);
  return {
    schema: LIBRARY_SCRIPT_SCHEMA,
    id,
    hash: '0123abcd0123abcd',
    title: 'Branching fixture',
    source,
    fileName: `${id}.md`,
    addedAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}
