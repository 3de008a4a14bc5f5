import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DexieRepository } from '../../../src/storage/dexie-repository';
import { repositoryContract } from './repository-contract';
import { fakeAttempt } from '../fakes';

let n = 0;
repositoryContract('DexieRepository', () => new DexieRepository(`test-db-${++n}-${Math.random()}`));

describe('DexieRepository records', () => {
  it('skips a damaged attempt record instead of returning it', async () => {
    const name = `test-db-damaged-${Math.random()}`;
    const repo = new DexieRepository(name);
    await repo.saveAttempt(fakeAttempt({ id: 'good' }));
    await repo.db.table('attempts').put({ id: 'bad', moduleId: 'fixture-branching', status: 'active', updatedAt: 'x' });
    expect(await repo.getAttempt('bad')).toBeUndefined();
    expect((await repo.listAttempts()).map((a) => a.id)).toEqual(['good']);
  });

  it('keeps data across a reopen of the same database', async () => {
    const name = `test-db-reopen-${Math.random()}`;
    const first = new DexieRepository(name);
    const a = fakeAttempt();
    await first.saveAttempt(a);
    first.db.close();
    const second = new DexieRepository(name);
    expect(await second.getAttempt(a.id)).toEqual(a);
    expect(Dexie).toBeDefined();
  });
});
