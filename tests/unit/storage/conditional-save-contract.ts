/**
 * The part of the repository contract about saving an attempt only if it has not moved on
 * (`saveAttemptIfUnchanged`, what keeps two tabs from forking one attempt), run against each
 * implementation beside `repository-contract.ts`. Damage is written straight through the
 * repository's table port, as a damaged database would hold it.
 */
import { describe, expect, it } from 'vitest';
import type { TableRepository } from '../../../src/storage/table-repository';
import type { Attempt } from '../../../src/storage/types';
import { fakeAttempt } from '../fakes';

const at = (minute: number) => `2026-11-25T11:${String(minute).padStart(2, '0')}:00.000Z`;

/** `a` one step further on, as a tab saves it after a choice. */
function stepOn(a: Attempt, choice: string, minute: number): Attempt {
  return { ...a, steps: [...a.steps, { type: 'choice', scene: 'ask', choice, at: at(minute) }], sceneId: 'discuss', updatedAt: at(minute) };
}

/** The stored row exactly as the table holds it. */
function rowOf(repo: TableRepository, id: string) {
  return repo.port.transaction('r', ['attempts'], (tx) => tx.get('attempts', id));
}

export function conditionalSaveContract<R extends TableRepository>(name: string, make: () => R, fillStorage: (repo: R) => () => void) {
  describe(`${name} (conditional save contract)`, () => {
    it('saves an attempt over the one it last saw', async () => {
      const repo = make();
      const seen = fakeAttempt();
      await repo.saveAttempt(seen);
      const next = stepOn(seen, 'wait', 1);
      expect(await repo.saveAttemptIfUnchanged(next, seen)).toBe('saved');
      expect(await repo.getAttempt(seen.id)).toEqual(next);
    });

    it('refuses a stale write with the moved-on code and keeps what the other tab saved', async () => {
      const repo = make();
      const seen = fakeAttempt();
      await repo.saveAttempt(seen);
      const other = stepOn(seen, 'protect', 1);
      await repo.saveAttemptIfUnchanged(other, seen);
      expect(await repo.saveAttemptIfUnchanged(stepOn(seen, 'wait', 2), seen)).toBe('moved-on');
      expect(await repo.getAttempt(seen.id)).toEqual(other);
    });

    it('refuses a write over an attempt abandoned since it was seen, though its time did not change', async () => {
      const repo = make();
      const seen = fakeAttempt();
      await repo.saveAttempt({ ...seen, status: 'abandoned' });
      expect(await repo.saveAttemptIfUnchanged(stepOn(seen, 'wait', 1), seen)).toBe('moved-on');
      expect((await repo.getAttempt(seen.id))?.status).toBe('abandoned');
    });

    it('lets exactly one of two saves from the same attempt through when they race', async () => {
      const repo = make();
      const seen = fakeAttempt();
      await repo.saveAttempt(seen);
      const a = stepOn(seen, 'protect', 1);
      const b = stepOn(seen, 'wait', 2);
      const outcomes = await Promise.all([repo.saveAttemptIfUnchanged(a, seen), repo.saveAttemptIfUnchanged(b, seen)]);
      expect(outcomes).toEqual(['saved', 'moved-on']);
      expect(await repo.getAttempt(seen.id)).toEqual(a);
    });

    it('saves an attempt that is not stored at all', async () => {
      const repo = make();
      const next = fakeAttempt();
      expect(await repo.saveAttemptIfUnchanged(next, next)).toBe('saved');
      expect(await repo.getAttempt(next.id)).toEqual(next);
    });

    it('does not write over a stored attempt it cannot read, and keeps it as it is', async () => {
      const repo = make();
      const seen = fakeAttempt();
      const damaged = { ...seen, steps: 'lost' };
      await repo.port.transaction('rw', ['attempts'], (tx) => tx.put('attempts', damaged));
      expect(await repo.saveAttemptIfUnchanged(stepOn(seen, 'wait', 1), seen)).toBe('moved-on');
      expect(await rowOf(repo, seen.id)).toEqual(damaged);
    });

    it('refuses an invalid record and writes nothing', async () => {
      const repo = make();
      const seen = fakeAttempt();
      await repo.saveAttempt(seen);
      await expect(repo.saveAttemptIfUnchanged({ ...stepOn(seen, 'wait', 1), updatedAt: 'yesterday' }, seen)).rejects.toMatchObject({ refusal: { code: 'invalid-record', kind: 'attempt' } });
      expect(await repo.getAttempt(seen.id)).toEqual(seen);
    });

    it('leaves the stored attempt as it was when the write fails for lack of space', async () => {
      const repo = make();
      const seen = fakeAttempt();
      await repo.saveAttempt(seen);
      const undo = fillStorage(repo);
      try {
        await expect(repo.saveAttemptIfUnchanged(stepOn(seen, 'wait', 1), seen)).rejects.toMatchObject({ name: 'QuotaExceededError' });
      } finally {
        undo();
      }
      expect(await repo.getAttempt(seen.id)).toEqual(seen);
    });
  });
}
