/** Whether a storage call failed because the browser's store is full; the views word it (`m.storage.full`). */

/** True when a storage call failed because the browser's store is full (QuotaExceededError, in any browser's words). */
export function isStorageFull(e: unknown): boolean {
  const { name = '', message = '' } = (e ?? {}) as { name?: unknown; message?: unknown };
  return /quota/i.test(`${String(name)} ${String(message)}`);
}
