/**
 * One behavioural contract every ProgressRepository must meet, run against each implementation.
 * `fillStorage` makes the implementation's underlying writes fail with QuotaExceededError (as a
 * full disk does) and returns a function that undoes it.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressRepository } from '../../../src/storage/repository';
import { DEFAULT_SETTINGS, SAVED_ASSIGNMENT_SCHEMA, type BackupData, type SavedAssignment } from '../../../src/storage/types';
import { fakeAttempt } from '../fakes';

export function repositoryContract<R extends ProgressRepository>(name: string, make: () => R, fillStorage: (repo: R) => () => void) {
  /** A repository holding two attempts and changed settings. */
  async function seeded() {
    const repo = make();
    await repo.saveAttempt(fakeAttempt({ id: 'b', steps: [{ type: 'choice', scene: 'ask', choice: 'wait', at: '2026-11-25T10:01:00.000Z' }] }));
    await repo.saveAttempt(fakeAttempt({ id: 'a', status: 'completed', endingId: 'end' }));
    await repo.saveSettings({ ...DEFAULT_SETTINGS, pace: 'instant' });
    return repo;
  }
  const other: BackupData = {
    attempts: [fakeAttempt({ id: 'x', moduleId: 'm' }), fakeAttempt({ id: 'y', moduleId: 'm', status: 'completed' })],
    settings: { ...DEFAULT_SETTINGS, feedbackMode: 'debrief' },
  };

  describe(`${name} (repository contract)`, () => {
    it('returns undefined for an unknown attempt', async () => {
      expect(await make().getAttempt('nope')).toBeUndefined();
    });

    it('saves and reads back an attempt unchanged', async () => {
      const repo = make();
      const a = fakeAttempt({ steps: [{ type: 'choice', scene: 'ask', choice: 'wait', at: '2026-11-25T10:01:00.000Z' }] });
      await repo.saveAttempt(a);
      expect(await repo.getAttempt(a.id)).toEqual(a);
    });

    it('replaces an attempt saved again under the same id', async () => {
      const repo = make();
      const a = fakeAttempt();
      await repo.saveAttempt(a);
      await repo.saveAttempt({ ...a, sceneId: 'discuss' });
      expect((await repo.getAttempt(a.id))?.sceneId).toBe('discuss');
      expect(await repo.listAttempts()).toHaveLength(1);
    });

    it('does not let callers mutate stored attempts', async () => {
      const repo = make();
      const a = fakeAttempt();
      await repo.saveAttempt(a);
      a.steps.push({ type: 'continue', scene: 'x', at: 'now' });
      expect((await repo.getAttempt(a.id))?.steps).toEqual([]);
    });

    it('finds the newest active attempt of a module and ignores completed ones', async () => {
      const repo = make();
      await repo.saveAttempt(fakeAttempt({ id: 'old', moduleId: 'm', updatedAt: '2026-01-01T00:00:00.000Z' }));
      await repo.saveAttempt(fakeAttempt({ id: 'new', moduleId: 'm', updatedAt: '2026-02-01T00:00:00.000Z' }));
      await repo.saveAttempt(fakeAttempt({ id: 'done', moduleId: 'm', status: 'completed', updatedAt: '2026-03-01T00:00:00.000Z' }));
      await repo.saveAttempt(fakeAttempt({ id: 'other', moduleId: 'x' }));
      expect((await repo.activeAttempt('m'))?.id).toBe('new');
      expect(await repo.activeAttempt('none')).toBeUndefined();
    });

    it('lists attempts newest first', async () => {
      const repo = make();
      await repo.saveAttempt(fakeAttempt({ id: 'a', updatedAt: '2026-01-01T00:00:00.000Z' }));
      await repo.saveAttempt(fakeAttempt({ id: 'b', updatedAt: '2026-03-01T00:00:00.000Z' }));
      await repo.saveAttempt(fakeAttempt({ id: 'c', updatedAt: '2026-02-01T00:00:00.000Z' }));
      expect((await repo.listAttempts()).map((a) => a.id)).toEqual(['b', 'c', 'a']);
    });

    it('returns default settings until settings are saved', async () => {
      const repo = make();
      expect(await repo.getSettings()).toEqual(DEFAULT_SETTINGS);
      await repo.saveSettings({ ...DEFAULT_SETTINGS, feedbackMode: 'debrief' });
      expect((await repo.getSettings()).feedbackMode).toBe('debrief');
    });

    it('exports nothing but default settings when empty', async () => {
      expect(await make().exportData()).toEqual({ attempts: [], settings: DEFAULT_SETTINGS, assignments: [], reflections: [], library: [], setAside: [], drafts: [], receipts: [] });
    });

    it('exports every attempt, ordered by id, and the settings, equal to what was saved', async () => {
      const repo = await seeded();
      const data = await repo.exportData();
      expect(data.attempts.map((a) => a.id)).toEqual(['a', 'b']);
      expect(data.attempts).toEqual([await repo.getAttempt('a'), await repo.getAttempt('b')]);
      expect(data.settings).toEqual({ ...DEFAULT_SETTINGS, pace: 'instant' });
      data.attempts[0]!.steps.push({ type: 'continue', scene: 'x', at: 'now' });
      expect((await repo.exportData()).attempts[0]!.steps).toEqual([]);
    });

    it('replaces every attempt and the settings with the data given', async () => {
      const repo = await seeded();
      await repo.replaceData(other);
      expect(await repo.getAttempt('a')).toBeUndefined();
      expect((await repo.listAttempts()).map((a) => a.id).sort()).toEqual(['x', 'y']);
      expect((await repo.activeAttempt('m'))?.id).toBe('x');
      expect(await repo.exportData()).toEqual({ ...other, assignments: [], reflections: [], library: [], setAside: [], drafts: [], receipts: [] });
    });

    it('round-trips: data exported from one repository and replaced into another is equal', async () => {
      const data = await (await seeded()).exportData();
      const target = make();
      await target.saveAttempt(fakeAttempt({ id: 'gone' }));
      await target.replaceData(data);
      expect(await target.exportData()).toEqual(data);
    });

    it('refuses invalid data as a whole and leaves the stored data unchanged', async () => {
      const repo = await seeded();
      const before = await repo.exportData();
      const broken = { ...other, attempts: [other.attempts[0]!, { ...other.attempts[1]!, status: 'lost' }] } as unknown as BackupData;
      await expect(repo.replaceData(broken)).rejects.toMatchObject({ refusal: { code: 'invalid-restore-record', kind: 'attempt', position: 2 } });
      const twice = { ...other, attempts: [other.attempts[0]!, other.attempts[0]!] };
      await expect(repo.replaceData(twice)).rejects.toMatchObject({ refusal: { code: 'duplicate-restore-id', kind: 'attempt' } });
      await expect(repo.replaceData({ ...other, settings: { schema: 9 } } as unknown as BackupData)).rejects.toMatchObject({ refusal: { code: 'invalid-restore-settings' } });
      expect(await repo.exportData()).toEqual(before);
    });

    it('leaves the stored data unchanged when a replace fails for lack of space', async () => {
      const repo = await seeded();
      const before = await repo.exportData();
      const undo = fillStorage(repo);
      try {
        await expect(repo.replaceData(other)).rejects.toMatchObject({ name: 'QuotaExceededError' });
      } finally {
        undo();
      }
      expect(await repo.exportData()).toEqual(before);
    });

    it('still exports everything when storage is full', async () => {
      const repo = await seeded();
      const before = await repo.exportData();
      const undo = fillStorage(repo);
      try {
        await expect(repo.saveAttempt(fakeAttempt({ id: 'c' }))).rejects.toMatchObject({ name: 'QuotaExceededError' });
        expect(await repo.exportData()).toEqual(before);
        expect(await repo.lastBackupAt()).toBeNull();
      } finally {
        undo();
      }
    });

    it('remembers when the last backup was made, and keeps it across a replace', async () => {
      const repo = await seeded();
      expect(await repo.lastBackupAt()).toBeNull();
      await repo.setLastBackupAt('2026-11-25T12:00:00.000Z');
      expect(await repo.lastBackupAt()).toBe('2026-11-25T12:00:00.000Z');
      await repo.replaceData(other);
      expect(await repo.lastBackupAt()).toBe('2026-11-25T12:00:00.000Z');
      expect((await repo.exportData()).settings).toEqual(other.settings);
    });

    describe('saved assignments', () => {
      const saved = (id: string, addedAt: string): SavedAssignment => ({ schema: SAVED_ASSIGNMENT_SCHEMA, id, payload: `payload-${id}`, addedAt });
      const A = '0123456789abcdef';
      const B = 'fedcba9876543210';

      it('has none at first', async () => {
        expect(await make().listAssignments()).toEqual([]);
      });

      it('saves several, lists them newest added first, and replaces one saved again under its id', async () => {
        const repo = make();
        await repo.saveAssignment(saved(A, '2026-11-01T10:00:00.000Z'));
        await repo.saveAssignment(saved(B, '2026-11-02T10:00:00.000Z'));
        expect((await repo.listAssignments()).map((a) => a.id)).toEqual([B, A]);
        await repo.saveAssignment({ ...saved(A, '2026-11-03T10:00:00.000Z'), payload: 'changed' });
        expect(await repo.listAssignments()).toEqual([{ ...saved(A, '2026-11-03T10:00:00.000Z'), payload: 'changed' }, saved(B, '2026-11-02T10:00:00.000Z')]);
      });

      it('deletes one, and deleting an unknown id changes nothing', async () => {
        const repo = make();
        await repo.saveAssignment(saved(A, '2026-11-01T10:00:00.000Z'));
        await repo.saveAssignment(saved(B, '2026-11-02T10:00:00.000Z'));
        await repo.deleteAssignment(A);
        await repo.deleteAssignment('nope');
        expect((await repo.listAssignments()).map((a) => a.id)).toEqual([B]);
      });

      it('refuses an invalid record and stores nothing', async () => {
        const repo = make();
        for (const bad of [
          { ...saved(A, 'now'), id: 'not-hex' },
          { ...saved(A, 'now'), payload: '<script>' },
          { ...saved(A, 'now'), payload: 'x'.repeat(5000) },
          { ...saved(A, 'now'), extra: 1 },
        ])
          await expect(repo.saveAssignment(bad as SavedAssignment)).rejects.toThrow();
        expect(await repo.listAssignments()).toEqual([]);
      });

      it('does not let callers mutate stored assignments', async () => {
        const repo = make();
        const a = saved(A, '2026-11-01T10:00:00.000Z');
        await repo.saveAssignment(a);
        a.payload = 'mutated';
        (await repo.listAssignments())[0]!.payload = 'mutated too';
        expect((await repo.listAssignments())[0]!.payload).toBe(`payload-${A}`);
      });

      it('keeps assignments across a restore from a file without an assignments section', async () => {
        const repo = await seeded();
        await repo.saveAssignment(saved(A, '2026-11-01T10:00:00.000Z'));
        await repo.replaceData(other);
        expect((await repo.listAssignments()).map((a) => a.id)).toEqual([A]);
      });

      it('leaves assignments unchanged when a save fails for lack of space', async () => {
        const repo = make();
        await repo.saveAssignment(saved(A, '2026-11-01T10:00:00.000Z'));
        const undo = fillStorage(repo);
        try {
          await expect(repo.saveAssignment(saved(B, '2026-11-02T10:00:00.000Z'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
        } finally {
          undo();
        }
        expect((await repo.listAssignments()).map((a) => a.id)).toEqual([A]);
      });
    });
  });
}
