/** The case library list's state: read lazily, never opening storage for a browser without saved data. */
import { describe, expect, it, vi } from 'vitest';
import { CaseLibrary } from '../../../src/views/library/case-library.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeLibraryScript } from '../fakes';

describe('case library list', () => {
  it('is empty without opening storage when the browser has no saved data', async () => {
    const open = vi.fn(async () => new MemoryRepository());
    const library = new CaseLibrary(open, async () => false);
    await library.refresh();
    expect(library.records).toEqual([]);
    expect(open).not.toHaveBeenCalled();
  });

  it('reads the case files from storage once there is saved data', async () => {
    const repo = new MemoryRepository();
    await repo.saveLibraryScript(fakeLibraryScript({ id: 'own-case' }));
    const library = new CaseLibrary(async () => repo, async () => true);
    expect(library.records).toBeUndefined();
    await library.refresh();
    expect(library.records?.map((r) => r.id)).toEqual(['own-case']);
  });
});
