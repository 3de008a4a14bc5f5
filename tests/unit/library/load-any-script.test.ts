/** The one resolver for a script id: built-in modules first, then the learner's case library. */
import { describe, expect, it, vi, beforeEach } from 'vitest';
import { loadScript } from '../../../src/catalog/catalog';
import { importCaseFile } from '../../../src/library/import-case-file';
import { CaseFileBroken, loadAnyScript } from '../../../src/library/load-any-script';
import { libraryTitles, moduleTitle } from '../../../src/library/module-title';
import { shownModuleTitle } from '../../../src/views/shown-module-title';
import { m } from '../../../src/i18n/messages';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeLibraryScript } from '../fakes';
import { fixture } from '../compile-fixture';

const saved = vi.hoisted(() => ({ has: true }));
vi.mock('../../../src/storage/has-saved-data', () => ({ hasSavedData: async () => saved.has }));
beforeEach(() => {
  saved.has = true;
});

async function withCaseFile(name = 'branching') {
  const repo = new MemoryRepository();
  const r = await importCaseFile(repo, { source: fixture(name), fileName: `${name}.md` });
  if (r.kind !== 'added') throw new Error(JSON.stringify(r));
  return { repo, record: r.record };
}

describe('loadAnyScript', () => {
  it('loads a built-in module without asking the library', async () => {
    const library = { getLibraryScript: vi.fn() };
    const script = await loadAnyScript('first-group', Promise.resolve(library));
    expect(script?.hash).toBe((await loadScript('first-group'))!.hash);
    expect(library.getLibraryScript).not.toHaveBeenCalled();
  });

  it('prefers the built-in module even when the library holds a record with its id', async () => {
    const repo = new MemoryRepository();
    await repo.saveLibraryScript(fakeLibraryScript({ id: 'first-group' }));
    const script = await loadAnyScript('first-group', Promise.resolve(repo));
    expect(script?.title).toBe((await loadScript('first-group'))!.title);
  });

  it('loads a case file from the library when no built-in module has the id', async () => {
    const { repo } = await withCaseFile();
    const script = await loadAnyScript('fixture-branching', Promise.resolve(repo));
    expect(script).toMatchObject({ id: 'fixture-branching', title: 'Branching fixture', file: 'branching.md' });
  });

  it('answers undefined for an id that is neither built in nor in the library', async () => {
    const { repo } = await withCaseFile();
    expect(await loadAnyScript('no-such-module', Promise.resolve(repo))).toBeUndefined();
  });

  it('does not open storage for a visitor with no saved data', async () => {
    saved.has = false;
    let opened = false;
    const library = { then: (resolve: (r: MemoryRepository) => void) => ((opened = true), resolve(new MemoryRepository())) };
    expect(await loadAnyScript('fixture-branching', library as PromiseLike<MemoryRepository>)).toBeUndefined();
    expect(opened).toBe(false);
  });

  it('compiles a stored source to the hash it was imported with', async () => {
    const { repo, record } = await withCaseFile('library-branching-v2');
    const script = await loadAnyScript(record.id, Promise.resolve(repo));
    expect(script?.hash).toBe(record.hash);
  });

  it('rejects with CaseFileBroken when a stored source no longer compiles', async () => {
    const repo = new MemoryRepository();
    await repo.saveLibraryScript(fakeLibraryScript({ id: 'library-broken', source: fixture('library-broken'), fileName: 'library-broken.md' }));
    await expect(loadAnyScript('library-broken', Promise.resolve(repo))).rejects.toBeInstanceOf(CaseFileBroken);
  });

  it("rejects a stored record whose key is not the script's own id", async () => {
    const repo = new MemoryRepository();
    await repo.saveLibraryScript(fakeLibraryScript({ id: 'renamed', source: fixture('branching') }));
    await expect(loadAnyScript('renamed', Promise.resolve(repo))).rejects.toMatchObject({ problems: [{ code: 'id-mismatch', id: 'fixture-branching', key: 'renamed' }] });
  });
});

describe('moduleTitle', () => {
  it("names a built-in module by its title, a case file by its record's title, and has no title for a module this device lacks", async () => {
    const { repo } = await withCaseFile();
    const titles = await libraryTitles(repo);
    expect(moduleTitle('first-group', titles)).toBe((await loadScript('first-group'))!.title);
    expect(moduleTitle('fixture-branching', titles)).toBe('Branching fixture');
    expect(moduleTitle('gone', titles)).toBeUndefined();
  });

  it('shows a deleted case file as words, never its id', () => {
    expect(shownModuleTitle('deleted-case-file', new Map())).toBe(m.progress.removedModule);
    expect(shownModuleTitle('deleted-case-file', new Map())).not.toContain('deleted-case-file');
  });
});
