/**
 * Keeps one attempt from forking when it is open in two tabs. Every save of a step is conditional:
 * the repository reads the stored attempt, compares it with the one this tab last saw (same
 * `updatedAt`, steps, undos and status) and writes, all in one read-write transaction
 * (`saveAttemptIfUnchanged`); if another tab moved on, nothing is written and this tab is told.
 * IndexedDB runs read-write transactions on the same table one at a time, across tabs too, so no
 * other save can come between the comparison and the write, and no Web Lock is needed (one used
 * to be taken around a separate read and write: two more round trips to the browser per choice).
 * After a save, other tabs are notified over a BroadcastChannel so they can say so at once rather
 * than on their next click.
 */
import type { ProgressRepository } from '../storage/repository';
import type { Attempt } from '../storage/types';
import { mark } from './timing';

/** Message sent to other tabs after a save. */
export interface AttemptSaved {
  /** Attempt id. */
  attemptId: string;
  /** Its new updatedAt. */
  updatedAt: string;
}

/** Thrown when another tab saved the attempt since this tab last saw it (a code: the player says so in its own words). */
export class AttemptMovedOn extends Error {
  constructor() {
    super('attempt-moved-on');
    this.name = 'AttemptMovedOn';
  }
}

const CHANNEL = 'balint-rehearsal:attempts';

/**
 * Save `next` only if the stored attempt still matches `seen` (then `AttemptMovedOn`); with no
 * `seen` (a new attempt), save it as it is. Resolves once durable, marking `balint:save:stored`.
 */
export async function guardedSave(repo: ProgressRepository, seen: Attempt | undefined, next: Attempt): Promise<void> {
  if (!seen) await repo.saveAttempt(next);
  else if ((await repo.saveAttemptIfUnchanged(next, seen)) === 'moved-on') throw new AttemptMovedOn();
  mark('balint:save:stored');
  announce({ attemptId: next.id, updatedAt: next.updatedAt });
}

let channel: BroadcastChannel | undefined;
function open(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

function announce(message: AttemptSaved): void {
  open()?.postMessage(message);
}

/** Listen for saves made in other tabs; returns a function that stops listening. */
export function onSavedElsewhere(listener: (message: AttemptSaved) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  // A separate channel object: a BroadcastChannel does not receive its own messages.
  const rx = new BroadcastChannel(CHANNEL);
  rx.onmessage = (e: MessageEvent<AttemptSaved>) => {
    const m = e.data;
    if (m && typeof m.attemptId === 'string' && typeof m.updatedAt === 'string') listener(m);
  };
  return () => rx.close();
}
