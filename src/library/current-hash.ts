/**
 * A case file's content hash as this version of the app computes it, from the stored source. The
 * hash stored with a record was computed when it was imported; it goes stale when the compiled
 * format changes (the hash covers the format version), so everything that compares a case file
 * with an assignment or another file uses the hash computed now. SHA-256 of at most 512 KB is cheap
 * and needs no compiler.
 */
import { contentHashOf } from '../script/hash-input';
import type { LibraryScript } from '../storage/types';

/** The record's content hash, computed from its source now. */
export function currentHash(record: Pick<LibraryScript, 'source'>): Promise<string> {
  return contentHashOf(record.source);
}

/** Case file id → content hash computed now, for every record. */
export async function currentHashes(records: readonly LibraryScript[]): Promise<Map<string, string>> {
  return new Map(await Promise.all(records.map(async (r) => [r.id, await currentHash(r)] as const)));
}
