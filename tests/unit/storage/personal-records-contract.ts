/**
 * The part of the repository contract for the learner's own records added in schema version 3:
 * private reflections and the case-file library. Run against each implementation beside
 * `repository-contract.ts`, with the same `fillStorage`.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressRepository } from '../../../src/storage/repository';
import { DEFAULT_SETTINGS, type BackupData, type LibraryScript, type Reflection } from '../../../src/storage/types';
import { fakeAttempt, fakeLibraryScript, fakeReflection } from '../fakes';

export function personalRecordsContract<R extends ProgressRepository>(name: string, make: () => R, fillStorage: (repo: R) => () => void) {
  describe(`${name} (reflections and library contract)`, () => {
    it('has no reflections and no case files at first', async () => {
      const repo = make();
      expect(await repo.listReflections()).toEqual([]);
      expect(await repo.listLibrary()).toEqual([]);
      expect(await repo.getReflection('a')).toBeUndefined();
      expect(await repo.getLibraryScript('x')).toBeUndefined();
    });

    it('keeps one reflection per attempt, replaced when saved again, listed newest changed first', async () => {
      const repo = make();
      await repo.saveReflection(fakeReflection('a', { updatedAt: '2026-11-25T11:00:00.000Z' }));
      await repo.saveReflection(fakeReflection('b', { updatedAt: '2026-11-25T12:00:00.000Z' }));
      await repo.saveReflection(fakeReflection('a', { text: 'Second thoughts.', updatedAt: '2026-11-25T13:00:00.000Z' }));
      expect((await repo.listReflections()).map((r) => [r.attemptId, r.text])).toEqual([['a', 'Second thoughts.'], ['b', fakeReflection('b').text]]);
      expect((await repo.getReflection('a'))?.text).toBe('Second thoughts.');
    });

    it('deletes a reflection, and deleting an unknown one changes nothing', async () => {
      const repo = make();
      await repo.saveReflection(fakeReflection('a'));
      await repo.deleteReflection('a');
      await repo.deleteReflection('nope');
      expect(await repo.listReflections()).toEqual([]);
    });

    it('refuses an invalid reflection and stores nothing', async () => {
      const repo = make();
      for (const bad of [{ ...fakeReflection('a'), text: 'x'.repeat(10_001) }, { ...fakeReflection('a'), schema: 2 }, { ...fakeReflection('a'), extra: true }, { ...fakeReflection('a'), attemptId: '' }])
        await expect(repo.saveReflection(bad as Reflection)).rejects.toThrow();
      expect(await repo.listReflections()).toEqual([]);
    });

    it('keeps case files by id, listed by title, replaced when saved again', async () => {
      const repo = make();
      await repo.saveLibraryScript(fakeLibraryScript({ id: 'zeta', title: 'Zeta' }));
      await repo.saveLibraryScript(fakeLibraryScript({ id: 'alpha', title: 'Alpha' }));
      await repo.saveLibraryScript(fakeLibraryScript({ id: 'zeta', title: 'Aardvark', hash: 'ffffffff' }));
      expect((await repo.listLibrary()).map((l) => [l.id, l.title])).toEqual([['zeta', 'Aardvark'], ['alpha', 'Alpha']]);
      expect((await repo.getLibraryScript('zeta'))?.hash).toBe('ffffffff');
      await repo.deleteLibraryScript('zeta');
      expect((await repo.listLibrary()).map((l) => l.id)).toEqual(['alpha']);
    });

    it('refuses an invalid case file and stores nothing', async () => {
      const repo = make();
      for (const bad of [
        fakeLibraryScript({ id: 'Has Capitals' }),
        { ...fakeLibraryScript(), id: '../escape' },
        fakeLibraryScript({ source: 'x'.repeat(512 * 1024 + 1) }),
        fakeLibraryScript({ hash: 'not-hex' }),
        { ...fakeLibraryScript(), compiled: {} },
      ])
        await expect(repo.saveLibraryScript(bad as LibraryScript)).rejects.toThrow();
      expect(await repo.listLibrary()).toEqual([]);
    });

    it('does not let callers mutate stored reflections or case files', async () => {
      const repo = make();
      const r = fakeReflection('a');
      const l = fakeLibraryScript();
      await repo.saveReflection(r);
      await repo.saveLibraryScript(l);
      r.text = 'mutated';
      l.title = 'mutated';
      (await repo.listReflections())[0]!.text = 'mutated too';
      expect((await repo.getReflection('a'))?.text).toBe(fakeReflection('a').text);
      expect((await repo.getLibraryScript(l.id))?.title).toBe('Branching fixture');
    });

    it('exports reflections and case files ordered by id, and restores them exactly', async () => {
      const repo = make();
      await repo.saveAttempt(fakeAttempt({ id: 'a' }));
      await repo.saveReflection(fakeReflection('b'));
      await repo.saveReflection(fakeReflection('a', { updatedAt: '2026-11-26T00:00:00.000Z' }));
      await repo.saveLibraryScript(fakeLibraryScript({ id: 'zeta' }));
      await repo.saveLibraryScript(fakeLibraryScript({ id: 'alpha' }));
      const data = await repo.exportData();
      expect(data.reflections!.map((r) => r.attemptId)).toEqual(['a', 'b']);
      expect(data.library!.map((l) => l.id)).toEqual(['alpha', 'zeta']);
      const target = make();
      await target.saveReflection(fakeReflection('will-go'));
      await target.replaceData(data);
      expect(await target.exportData()).toEqual(data);
    });

    it('leaves reflections and case files alone when the data replacing everything has no such sections', async () => {
      const repo = make();
      await repo.saveReflection(fakeReflection('a'));
      await repo.saveLibraryScript(fakeLibraryScript());
      await repo.replaceData({ attempts: [], settings: DEFAULT_SETTINGS });
      expect((await repo.listReflections()).map((r) => r.attemptId)).toEqual(['a']);
      expect((await repo.listLibrary()).map((l) => l.id)).toEqual(['fixture-branching']);
    });

    it('refuses a replacement with an invalid or duplicated record as a whole, changing nothing', async () => {
      const repo = make();
      await repo.saveReflection(fakeReflection('keep'));
      const bad: BackupData[] = [
        { attempts: [], settings: DEFAULT_SETTINGS, reflections: [fakeReflection('a'), fakeReflection('a')] },
        { attempts: [], settings: DEFAULT_SETTINGS, reflections: [{ ...fakeReflection('a'), text: 1 as unknown as string }] },
        { attempts: [], settings: DEFAULT_SETTINGS, library: [fakeLibraryScript(), fakeLibraryScript()] },
        { attempts: [fakeAttempt({ id: 'new' })], settings: DEFAULT_SETTINGS, library: [{ ...fakeLibraryScript(), id: 'UPPER' }] },
      ];
      for (const data of bad) await expect(repo.replaceData(data)).rejects.toMatchObject({ refusal: { code: expect.stringMatching(/^(invalid-restore-record|duplicate-restore-id)$/) } });
      expect((await repo.listReflections()).map((r) => r.attemptId)).toEqual(['keep']);
      expect(await repo.listAttempts()).toEqual([]);
    });

    it('leaves reflections unchanged when a save fails for lack of space', async () => {
      const repo = make();
      await repo.saveReflection(fakeReflection('a'));
      const undo = fillStorage(repo);
      try {
        await expect(repo.saveReflection(fakeReflection('a', { text: 'lost?' }))).rejects.toMatchObject({ name: 'QuotaExceededError' });
        await expect(repo.saveLibraryScript(fakeLibraryScript())).rejects.toMatchObject({ name: 'QuotaExceededError' });
        expect((await repo.exportData()).reflections).toHaveLength(1);
      } finally {
        undo();
      }
      expect((await repo.getReflection('a'))?.text).toBe(fakeReflection('a').text);
      expect(await repo.listLibrary()).toEqual([]);
    });
  });
}
