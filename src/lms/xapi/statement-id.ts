/**
 * Statement ids. The app sets every statement's id itself (a random version 4 UUID, as xAPI
 * requires) before the statement is queued, so a statement sent again after a lost answer is the
 * same statement to the LRS, which stores it once. `crypto.randomUUID` exists only in secure
 * contexts; an LMS served over plain HTTP gets one made from `crypto.getRandomValues`.
 */

/** A random version 4 UUID. */
export function statementId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
