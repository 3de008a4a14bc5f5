/**
 * The comparison behind a conditional save (`saveAttemptIfUnchanged`): has the stored attempt row
 * moved on from what a tab last saw? It reads only the fields that change whenever an attempt
 * moves on (record version, `updatedAt`, status, number of steps and of undos), straight from the
 * raw row: a save does not pay for a schema check of the whole stored record, and the new record
 * is checked in full anyway. A row whose fields cannot be read that way is not what the tab saw,
 * so it counts as moved on and is never written over (it stays, and is listed as set aside).
 */
import type { SeenAttempt } from './types';

/** True when `row` (a stored attempt row, not undefined) is not the attempt as `seen`. */
export function attemptMovedOn(row: unknown, seen: SeenAttempt): boolean {
  if (typeof row !== 'object' || row === null) return true;
  const r = row as Partial<Record<keyof SeenAttempt, unknown>>;
  return (
    r.schema !== seen.schema ||
    r.updatedAt !== seen.updatedAt ||
    r.status !== seen.status ||
    !Array.isArray(r.steps) ||
    r.steps.length !== seen.steps.length ||
    !Array.isArray(r.undone) ||
    r.undone.length !== seen.undone.length
  );
}
