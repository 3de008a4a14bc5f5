/** Random ids for new attempts, whether a session starts one or an LMS resume rebuilds one. */

/** A random id (a UUID where the browser has one). */
export function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
