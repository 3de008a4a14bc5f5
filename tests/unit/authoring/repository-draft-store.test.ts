/**
 * The app's DraftStore keeps the contract over the repository in IndexedDB (fake-indexeddb) and in
 * memory, outlives the store object (a reload), and says whether it lasts.
 */
import { expect, it } from 'vitest';
import { RepositoryDraftStore } from '../../../src/authoring/repository-draft-store';
import { DexieRepository } from '../../../src/storage/dexie-repository';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { draft, draftStoreContract } from './draft-store-contract';

const dexie = () => new DexieRepository(`draft-store-${Math.random()}`);

draftStoreContract('RepositoryDraftStore over IndexedDB', () => {
  const repo = dexie();
  return new RepositoryDraftStore(async () => repo);
});
draftStoreContract('RepositoryDraftStore over memory', () => {
  const repo = new MemoryRepository();
  return new RepositoryDraftStore(async () => repo);
});

it('finds the draft again through a new store on the same database, as after a reload', async () => {
  const name = `draft-reload-${Math.random()}`;
  await new RepositoryDraftStore(async () => new DexieRepository(name)).save(draft('---\nid: mine\n---\n'));
  expect(await new RepositoryDraftStore(async () => new DexieRepository(name)).load()).toEqual(draft('---\nid: mine\n---\n'));
});

it('says it lasts over IndexedDB, and not once it finds the repository lives in memory', async () => {
  expect(new RepositoryDraftStore(async () => dexie()).durable).toBe(true);
  const inMemory = new RepositoryDraftStore(async () => new MemoryRepository());
  await inMemory.load();
  expect(inMemory.durable).toBe(false);
});

it('puts the draft into the backup data of the repository', async () => {
  const repo = new MemoryRepository();
  await new RepositoryDraftStore(async () => repo).save(draft('in the backup'));
  expect((await repo.exportData()).drafts?.map((d) => d.source)).toEqual(['in the backup']);
});
