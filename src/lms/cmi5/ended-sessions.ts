/**
 * Which cmi5 sessions this tab has ended. `terminated` is sent when the page is left (pagehide),
 * and a reload leaves the page too: the LMS then holds the session as ended and refuses anything
 * more in it. The outbox's own record of the end (IndexedDB) is written asynchronously and may not
 * be finished when the page goes, so the end is also marked here, synchronously, in the tab's
 * session storage (kept across a reload, gone with the tab). A launch whose session was ended is
 * not recorded (`session-over`), and the learner is told so.
 */

const PREFIX = 'balint-cmi5-ended:';

/** The storage used (none where session storage is unavailable: then only the outbox's record counts). */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Mark the session of this launch (its fetch URL) as ended in this tab. */
export function markSessionEnded(key: string, store: Storage | undefined = storage()): void {
  try {
    store?.setItem(`${PREFIX}${key}`, '1');
  } catch {
    // Storage full or refused: the outbox's record of the end still applies.
  }
}

/** True when this tab ended the session of this launch. */
export function sessionEndedHere(key: string, store: Storage | undefined = storage()): boolean {
  try {
    return store?.getItem(`${PREFIX}${key}`) === '1';
  } catch {
    return false;
  }
}
