/**
 * How long opening a module may take before the learner is told it failed, and the one helper that
 * enforces it on work outside the player machine (the script, the engine's code). Kept apart from
 * the machine so the module screen can use it without loading XState.
 */

/** Longest time any step of opening a module may take (loading, storage, restoring, starting). */
export const OPEN_TIMEOUT_MS = 8000;

/** Thrown by `withTimeout` when the work took too long. */
export class OpenTimedOut extends Error {
  constructor() {
    super('Opening took too long.');
    this.name = 'OpenTimedOut';
  }
}

/** `work`, or an `OpenTimedOut` rejection after `ms`. */
export function withTimeout<T>(work: PromiseLike<T>, ms = OPEN_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new OpenTimedOut()), ms)));
  return Promise.race([Promise.resolve(work), late]).finally(() => clearTimeout(timer));
}
