/**
 * Why a storage call failed, as a code and its data for a view to word: the repository refused the
 * write (`StorageRefusal`, with its code), the browser's store is full, or any other error (its own
 * text, which may be empty). One reading of a failure for every view that says why a save failed.
 */
import { isStorageFull } from './storage-full';
import { refusalOf } from './storage-refusal';
import type { StorageRefusalCode } from './types';

/** Why a storage call failed. */
export type StorageFailure =
  | { /** The repository refused the write. */ code: 'refused'; /** Why. */ refusal: StorageRefusalCode }
  | { /** The browser's store is full. */ code: 'full' }
  | { /** Anything else. */ code: 'other'; /** The error's own message, else its name, else ''. */ text: string };

/** Read a caught error as a storage failure. */
export function storageFailure(e: unknown): StorageFailure {
  const refusal = refusalOf(e);
  if (refusal) return { code: 'refused', refusal };
  if (isStorageFull(e)) return { code: 'full' };
  const { name = '', message = '' } = (e ?? {}) as { name?: unknown; message?: unknown };
  return { code: 'other', text: String(message || name || '') };
}
