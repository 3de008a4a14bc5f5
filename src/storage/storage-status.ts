/**
 * The browser's storage guarantees, asked for and reported. Persistence is requested once, on the
 * learner's first real use (starting a session), because browsers grant it more readily then and
 * an unprompted request on page load is noise. The result is remembered so we never ask twice.
 */

/** What the Settings page shows about storage. */
export interface StorageStatus {
  /** The browser has promised not to evict this site's data. */
  persisted: boolean | null;
  /** Bytes used by this site, when the browser says. */
  usage: number | null;
  /** Bytes available to this site, when the browser says. */
  quota: number | null;
}

const ASKED = 'balint-rehearsal:persist-asked';

/** Ask for persistent storage once (on first real use). */
export async function requestPersistenceOnce(): Promise<void> {
  try {
    if (localStorage.getItem(ASKED) || !navigator.storage?.persist) return;
    localStorage.setItem(ASKED, new Date().toISOString());
    await navigator.storage.persist();
  } catch {
    // Not available (private mode, old browser): the Settings page says so.
  }
}

/** Current storage status. */
export async function storageStatus(): Promise<StorageStatus> {
  const s = navigator.storage;
  const persisted = s?.persisted ? await s.persisted().catch(() => null) : null;
  const estimate = s?.estimate ? await s.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Bytes as words. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
