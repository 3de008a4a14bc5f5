/**
 * Whether the library holds one exact case file: the question an assignment that names a case
 * file (by id and content hash) asks before offering to import the missing file. A stored file
 * with the same id but another hash is another version, so the answer is then "no". The hash is
 * computed from the stored source now (`current-hash.ts`), never taken from the record.
 */
import type { ProgressRepository } from '../storage/repository';
import { currentHash } from './current-hash';

/** True when the case file `id` with content hash `hash` is in the library. */
export async function hasCaseFile(store: Pick<ProgressRepository, 'getLibraryScript'>, id: string, hash: string): Promise<boolean> {
  const record = await store.getLibraryScript(id);
  return !!record && (await currentHash(record)) === hash;
}
