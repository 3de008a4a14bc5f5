/**
 * A stored case file's hash goes stale when the compiled format changes; comparisons use the hash
 * computed from the source now, so the same file is still "the same" after such an update.
 */
import { describe, expect, it } from 'vitest';
import { currentHash, currentHashes } from '../../../src/library/current-hash';
import { hasCaseFile } from '../../../src/library/has-case-file';
import { importCaseFile } from '../../../src/library/import-case-file';
import { browserContentHash } from '../../../src/authoring/compile-in-browser';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeLibraryScript } from '../fakes';

const STALE = '0000000000000000';

describe('case file hashes', () => {
  it('are computed from the source, as the compiler computes a script’s hash', async () => {
    const record = fakeLibraryScript({ hash: STALE });
    expect(await currentHash(record)).toBe(await browserContentHash(record.source));
    expect(await currentHash(record)).not.toBe(STALE);
    expect([...(await currentHashes([record])).entries()]).toEqual([[record.id, await currentHash(record)]]);
  });

  it('find an assigned case file whose stored hash is stale', async () => {
    const repo = new MemoryRepository();
    const record = fakeLibraryScript({ hash: STALE });
    await repo.saveLibraryScript(record);
    expect(await hasCaseFile(repo, record.id, await currentHash(record))).toBe(true);
    expect(await hasCaseFile(repo, record.id, STALE)).toBe(false);
  });

  it('make the same file imported again "unchanged" even when the stored hash is stale', async () => {
    const repo = new MemoryRepository();
    const record = fakeLibraryScript({ hash: STALE });
    await repo.saveLibraryScript(record);
    const r = await importCaseFile(repo, { fileName: record.fileName, source: record.source });
    expect(r.kind).toBe('unchanged');
  });
});
