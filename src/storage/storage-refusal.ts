/**
 * The error the repository throws when it refuses to write: a code and its data
 * (`StorageRefusalCode`), never words; views word it through `m.storage.refusal`.
 */
import type { StorageRefusalCode } from './types';

/** A refused write, with why. */
export class StorageRefusal extends Error {
  /** Why the write was refused. */
  readonly refusal: StorageRefusalCode;
  constructor(refusal: StorageRefusalCode) {
    super(`storage-refused:${refusal.code}`);
    this.name = 'StorageRefusal';
    this.refusal = refusal;
  }
}

/** The refusal an error carries, if it is one. */
export function refusalOf(e: unknown): StorageRefusalCode | undefined {
  return e instanceof StorageRefusal ? e.refusal : undefined;
}
