/**
 * Whether the library holds one exact case file: the question an assignment that names a case
 * file (by id and content hash) asks before offering to import the missing file. A stored file
 * with the same id but another hash is another version, so the answer is then "no".
 */
import type { ProgressRepository } from '../storage/repository';

/** True when the case file `id` with content hash `hash` is in the library. */
export async function hasCaseFile(store: Pick<ProgressRepository, 'getLibraryScript'>, id: string, hash: string): Promise<boolean> {
  return (await store.getLibraryScript(id))?.hash === hash;
}
