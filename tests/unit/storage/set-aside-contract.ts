/**
 * The part of the repository contract about records that fail their checks, run against each
 * implementation beside `repository-contract.ts`: every write is checked, and a damaged record is
 * set aside (kept, listed, exported), never used and never silently dropped. Damage is written
 * straight through the repository's table port, as a damaged database would hold it.
 */
import { describe, expect, it } from 'vitest';
import type { TableRepository } from '../../../src/storage/table-repository';
import type { TableName } from '../../../src/storage/table-port';
import { DEFAULT_SETTINGS, type Attempt, type BackupData, type SetAsideRecord, type Settings } from '../../../src/storage/types';
import { fakeAttempt, fakeReflection } from '../fakes';

/** A row written as a damaged database would hold it, past every check. */
async function damage(repo: TableRepository, table: TableName, row: object) {
  await repo.port.transaction('rw', [table], (tx) => tx.put(table, row));
}

const broken = { ...fakeAttempt({ id: 'broken' }), startedAt: '2026-02-30T10:00:00.000Z' };
const brokenAside: SetAsideRecord = { schema: 1, kind: 'attempt', id: 'broken', reason: 'unreadable', record: broken };

export function setAsideContract<R extends TableRepository>(name: string, make: () => R) {
  describe(`${name} (set-aside contract)`, () => {
    it('has no set-aside records at first', async () => {
      expect(await make().listSetAside()).toEqual([]);
    });

    it('does not use a record that fails its check, keeps it where it is and lists it as set aside', async () => {
      const repo = make();
      await repo.saveAttempt(fakeAttempt({ id: 'good' }));
      await damage(repo, 'attempts', broken);
      expect(await repo.getAttempt('broken')).toBeUndefined();
      expect((await repo.listAttempts()).map((a) => a.id)).toEqual(['good']);
      expect(await repo.listSetAside()).toEqual([brokenAside]);
      expect(await repo.port.transaction('r', ['attempts'], (tx) => tx.get('attempts', 'broken'))).toEqual(broken);
    });

    it('exports set-aside records with everything else, and a replace carries them to another repository', async () => {
      const repo = make();
      await repo.saveAttempt(fakeAttempt({ id: 'good' }));
      await damage(repo, 'attempts', broken);
      await damage(repo, 'reflections', { ...fakeReflection('r'), text: 42 });
      const data = await repo.exportData();
      expect(data.attempts.map((a) => a.id)).toEqual(['good']);
      expect(data.setAside!.map((r) => [r.kind, r.id, r.reason])).toEqual([['attempt', 'broken', 'unreadable'], ['reflection', 'r', 'unreadable']]);
      const target = make();
      await target.replaceData(data);
      expect(await target.exportData()).toEqual(data);
      expect(await target.listSetAside()).toEqual(data.setAside);
    });

    it('replaces the set-aside records of each kind it replaces, and keeps those of a kind it leaves alone', async () => {
      const repo = make();
      await damage(repo, 'attempts', broken);
      const reflection: SetAsideRecord = { schema: 1, kind: 'reflection', id: 'r', reason: 'unreadable', record: { text: 1 } };
      await repo.replaceData({ attempts: [], settings: DEFAULT_SETTINGS, reflections: [], setAside: [reflection] });
      expect(await repo.listSetAside()).toEqual([reflection]);
      await repo.replaceData({ attempts: [], settings: DEFAULT_SETTINGS });
      expect(await repo.listSetAside()).toEqual([reflection]);
      await repo.replaceData({ attempts: [], settings: DEFAULT_SETTINGS, reflections: [] });
      expect(await repo.listSetAside()).toEqual([]);
    });

    it('refuses a replacement whose set-aside record is not one, changing nothing', async () => {
      const repo = make();
      await repo.saveAttempt(fakeAttempt({ id: 'mine' }));
      const before = await repo.exportData();
      const bad = { attempts: [], settings: DEFAULT_SETTINGS, setAside: [{ ...brokenAside, kind: 'password' }] } as unknown as BackupData;
      await expect(repo.replaceData(bad)).rejects.toMatchObject({ refusal: { code: 'invalid-restore-record', kind: 'set-aside', position: 1 } });
      expect(await repo.exportData()).toEqual(before);
    });

    it('checks every write: refuses an attempt with an unreadable snapshot or climate, and settings that are not settings', async () => {
      const repo = make();
      const bad: Array<Partial<Attempt>> = [{ snapshot: { value: 'ask' } }, { snapshot: 'garbage' }, { climate: { safety: Number.NaN } }, { sceneId: '' }];
      for (const b of bad) await expect(repo.saveAttempt(fakeAttempt({ id: 'x', ...b }))).rejects.toMatchObject({ refusal: { code: 'invalid-record', kind: 'attempt' } });
      await expect(repo.saveSettings({ ...DEFAULT_SETTINGS, pace: 'fast' } as unknown as Settings)).rejects.toMatchObject({ refusal: { code: 'invalid-settings' } });
      await expect(repo.setLastBackupAt('2026-02-30T10:00:00.000Z')).rejects.toMatchObject({ refusal: { code: 'invalid-backup-time' } });
      expect(await repo.exportData()).toEqual({ attempts: [], settings: DEFAULT_SETTINGS, assignments: [], reflections: [], library: [], setAside: [], drafts: [], receipts: [] });
      expect(await repo.lastBackupAt()).toBeNull();
    });

    it('keeps a delete: a reflection deleted stays deleted after later writes', async () => {
      const repo = make();
      await repo.saveReflection(fakeReflection('a'));
      await repo.saveReflection(fakeReflection('b'));
      await repo.deleteReflection('a');
      await repo.saveAttempt(fakeAttempt());
      await repo.replaceData({ ...(await repo.exportData()), attempts: [] });
      expect((await repo.listReflections()).map((r) => r.attemptId)).toEqual(['b']);
    });
  });
}
