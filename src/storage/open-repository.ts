/**
 * The one place that decides where progress is kept: IndexedDB when the browser has it and lets
 * us open it, otherwise memory (and the app tells the learner that progress will not survive).
 */
import { DexieRepository } from './dexie-repository';
import type { ProgressRepository } from './repository';

/** Memory, loaded only when IndexedDB is missing or refused (a normal visit never needs its code). */
const inMemory = async () => new (await import('./memory-repository')).MemoryRepository();

/** Open the repository for this browser. */
export async function openRepository(): Promise<ProgressRepository & { persistent: boolean }> {
  if (typeof indexedDB === 'undefined') return inMemory();
  try {
    const repo = new DexieRepository();
    // Another tab is opening a newer schema: every step is already saved, so close and reload
    // into the new version (Dexie's own advice for single-page apps) instead of blocking it.
    repo.db.on('versionchange', () => {
      repo.db.close();
      location.reload();
      return false;
    });
    await repo.db.open();
    return repo;
  } catch {
    return inMemory();
  }
}
