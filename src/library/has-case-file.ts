/**
 * Whether the library holds one exact case file: the question an assignment that names a case
 * file (by id and content hash) asks, e.g. before the instructor downloads it to send with the
 * link. A stored file with the same id but another hash is another version, so the answer is then
 * "no". The hash is computed from the stored source now (`current-hash.ts`), never taken from the
 * record.
 */
import type { ProgressRepository } from '../storage/repository';
import type { LibraryScript } from '../storage/types';
import { currentHash } from './current-hash';

type Store = Pick<ProgressRepository, 'getLibraryScript'>;

/** The case file `id` with content hash `hash`, if the library holds that exact version. */
export async function findCaseFile(store: Store, id: string, hash: string): Promise<LibraryScript | undefined> {
  const record = await store.getLibraryScript(id);
  return record && (await currentHash(record)) === hash ? record : undefined;
}

/** True when the case file `id` with content hash `hash` is in the library. */
export async function hasCaseFile(store: Store, id: string, hash: string): Promise<boolean> {
  return !!(await findCaseFile(store, id, hash));
}
