import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { repositoryContract } from './repository-contract';
import { personalRecordsContract } from './personal-records-contract';
import { setAsideContract } from './set-aside-contract';
import { draftsContract } from './drafts-contract';
import { receiptsContract } from './receipts-contract';
import { conditionalSaveContract } from './conditional-save-contract';
import { fakeAttempt } from '../fakes';

/** A full store: a quota of zero bytes, as the memory repository simulates one. */
function fillStorage(repo: MemoryRepository) {
  const before = repo.quotaBytes;
  repo.quotaBytes = 0;
  return () => {
    repo.quotaBytes = before;
  };
}

repositoryContract('MemoryRepository', () => new MemoryRepository(), fillStorage);
personalRecordsContract('MemoryRepository', () => new MemoryRepository(), fillStorage);
setAsideContract('MemoryRepository', () => new MemoryRepository());
draftsContract('MemoryRepository', () => new MemoryRepository());
receiptsContract('MemoryRepository', () => new MemoryRepository());
conditionalSaveContract('MemoryRepository', () => new MemoryRepository(), fillStorage);

describe('MemoryRepository quota', () => {
  it('accepts writes within its quota and refuses the one that would exceed it', async () => {
    const repo = new MemoryRepository({ quotaBytes: 2000 });
    await repo.saveAttempt(fakeAttempt({ id: 'small' }));
    const steps = Array.from({ length: 40 }, () => ({ type: 'continue' as const, scene: 'ask', at: '2026-11-25T10:00:00.000Z' }));
    await expect(repo.saveAttempt(fakeAttempt({ id: 'big', steps }))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect((await repo.listAttempts()).map((a) => a.id)).toEqual(['small']);
  });
});
