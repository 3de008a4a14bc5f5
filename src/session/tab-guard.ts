/**
 * Keeps one attempt from forking when it is open in two tabs. Every save runs inside a Web Lock
 * named after the attempt and first checks that the stored attempt is still the one this tab last
 * saw (same `updatedAt`, steps, undos and status); if another tab moved on, the save is refused and this tab is told. After a
 * save, other tabs are notified over a BroadcastChannel so they can say so at once rather than on
 * their next click. Without Web Locks (old browsers) the check still runs, just without the lock.
 */
import type { ProgressRepository } from '../storage/repository';
import type { Attempt } from '../storage/types';

/** Message sent to other tabs after a save. */
export interface AttemptSaved {
  /** Attempt id. */
  attemptId: string;
  /** Its new updatedAt. */
  updatedAt: string;
}

/** Thrown when another tab saved the attempt since this tab last saw it. */
export class AttemptMovedOn extends Error {
  constructor() {
    super('This session moved on in another tab.');
    this.name = 'AttemptMovedOn';
  }
}

const CHANNEL = 'balint-rehearsal:attempts';

/** Save `next` only if the stored attempt still matches `seen`; resolves once durable. */
export async function guardedSave(repo: ProgressRepository, seen: Attempt | undefined, next: Attempt): Promise<void> {
  const write = async () => {
    if (seen) {
      const stored = await repo.getAttempt(next.id);
      const moved = stored && (stored.updatedAt !== seen.updatedAt || stored.steps.length !== seen.steps.length || stored.undone.length !== seen.undone.length || stored.status !== seen.status);
      if (moved) throw new AttemptMovedOn();
    }
    await repo.saveAttempt(next);
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks?.request) await locks.request(`balint-rehearsal:attempt:${next.id}`, write);
  else await write();
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
