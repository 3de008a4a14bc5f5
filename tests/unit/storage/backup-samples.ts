/** Shared data for the backup tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SETTINGS, SAVED_ASSIGNMENT_SCHEMA, type Attempt, type BackupData } from '../../../src/storage/types';
import { fakeLibraryScript, fakeReflection } from '../fakes';

const v1 = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/db/v1.json'), 'utf8')) as { tables: { attempts: Attempt[] } };

/**
 * Realistic data of every kind a backup holds: the attempts of the v1 fixture (played from a real
 * script), changed settings, a saved assignment, a reflection on the first attempt, a case file and a draft.
 */
export const sampleData = (): BackupData => {
  const attempts = structuredClone(v1.tables.attempts);
  return {
    attempts,
    settings: { ...DEFAULT_SETTINGS, pace: 'instant' },
    assignments: [{ schema: SAVED_ASSIGNMENT_SCHEMA, id: '0123456789abcdef', payload: 'eyJ2IjoxfQ', addedAt: '2026-11-20T08:00:00.000Z' }],
    reflections: [fakeReflection(attempts[0]!.id, { moduleId: attempts[0]!.moduleId })],
    library: [fakeLibraryScript({ id: 'own-case' })],
    setAside: [],
    drafts: [{ schema: 1, id: 'authoring', source: '---\nid: my-case\n---\n', fileName: 'my-case.md', savedAt: '2026-11-20T08:30:00.000Z' }],
    receipts: [{ schema: 1, id: 'fedcba9876543210', fileName: 'ana-lee.json', source: '{"format":"balint-rehearsal-receipt"}', importedAt: '2026-11-20T09:00:00.000Z' }],
  };
};

/** The attempt of tests/fixtures/restore/<name>.json (one case of the restore's attempt check each). */
export function restoreFixture(name: 'good-attempt' | 'garbage-snapshot-replayable' | 'garbage-snapshot-no-replay'): Attempt {
  return (JSON.parse(readFileSync(resolve(process.cwd(), `tests/fixtures/restore/${name}.json`), 'utf8')) as { attempt: Attempt }).attempt;
}
