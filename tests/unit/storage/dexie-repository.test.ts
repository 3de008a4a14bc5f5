import { describe, expect, it, vi } from 'vitest';
import { DexieRepository } from '../../../src/storage/dexie-repository';
import { repositoryContract } from './repository-contract';
import { personalRecordsContract } from './personal-records-contract';
import { setAsideContract } from './set-aside-contract';
import { draftsContract } from './drafts-contract';
import { receiptsContract } from './receipts-contract';
import { conditionalSaveContract } from './conditional-save-contract';
import { fakeAttempt } from '../fakes';

/** A full disk: every IndexedDB put throws QuotaExceededError, as a browser does when full. */
function fillStorage() {
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return () => spy.mockRestore();
}

let n = 0;
repositoryContract('DexieRepository', () => new DexieRepository(`test-db-${++n}-${Math.random()}`), fillStorage);
personalRecordsContract('DexieRepository', () => new DexieRepository(`test-db-${++n}-${Math.random()}`), fillStorage);
setAsideContract('DexieRepository', () => new DexieRepository(`test-db-${++n}-${Math.random()}`));
draftsContract('DexieRepository', () => new DexieRepository(`test-db-${++n}-${Math.random()}`));
receiptsContract('DexieRepository', () => new DexieRepository(`test-db-${++n}-${Math.random()}`));
conditionalSaveContract('DexieRepository', () => new DexieRepository(`test-db-${++n}-${Math.random()}`), fillStorage);

describe('DexieRepository records', () => {
  it('does not return a damaged attempt record, nor resume it', async () => {
    const name = `test-db-damaged-${Math.random()}`;
    const repo = new DexieRepository(name);
    await repo.saveAttempt(fakeAttempt({ id: 'good' }));
    await repo.db.table('attempts').put({ id: 'bad', moduleId: 'fixture-branching', status: 'active', updatedAt: 'x' });
    expect(await repo.getAttempt('bad')).toBeUndefined();
    expect((await repo.activeAttempt('fixture-branching'))?.id).toBe('good');
    expect((await repo.listAttempts()).map((a) => a.id)).toEqual(['good']);
  });

  it('exports a damaged record as set aside, exactly as stored', async () => {
    const repo = new DexieRepository(`test-db-export-damaged-${Math.random()}`);
    await repo.saveAttempt(fakeAttempt({ id: 'good' }));
    const bad = { id: 'bad', moduleId: 'm', status: 'active', updatedAt: 'x' };
    await repo.db.table('attempts').put(bad);
    const data = await repo.exportData();
    expect(data.attempts.map((a) => a.id)).toEqual(['good']);
    expect(data.setAside).toEqual([{ schema: 1, kind: 'attempt', id: 'bad', reason: 'unreadable', record: bad }]);
  });

  it('rolls back a replace whose write fails halfway, keeping every old record', async () => {
    const repo = new DexieRepository(`test-db-halfway-${Math.random()}`);
    await repo.saveAttempt(fakeAttempt({ id: 'old' }));
    const before = await repo.exportData();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      await expect(repo.replaceData({ attempts: [fakeAttempt({ id: 'n1' }), fakeAttempt({ id: 'n2' })], settings: before.settings })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(2);
    expect(await repo.exportData()).toEqual(before);
  });

  it('keeps data across a reopen of the same database', async () => {
    const name = `test-db-reopen-${Math.random()}`;
    const first = new DexieRepository(name);
    const a = fakeAttempt();
    await first.saveAttempt(a);
    first.db.close();
    const second = new DexieRepository(name);
    expect(await second.getAttempt(a.id)).toEqual(a);
  });
});
