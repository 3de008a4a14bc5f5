/** One behavioural contract every ProgressRepository must meet, run against each implementation. */
import { describe, expect, it } from 'vitest';
import type { ProgressRepository } from '../../../src/storage/repository';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { fakeAttempt } from '../fakes';

export function repositoryContract(name: string, make: () => ProgressRepository) {
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
  });
}
