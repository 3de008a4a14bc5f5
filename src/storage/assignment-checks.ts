/**
 * The check on SavedAssignment records read back from storage, kept apart from
 * `record-checks.ts` so the assignment feature adds a file rather than editing a shared one. It
 * checks only the envelope (id, size, charset); the payload itself is decoded and checked against
 * the assignment schema and the catalogue where it is used (`src/assignments/my-assignments.ts`).
 */
import * as v from 'valibot';
import { compareIds, recordCheck } from './record-check';
import { SAVED_ASSIGNMENT_SCHEMA, type SavedAssignment } from './types';
import { isoTime } from './text-checks';

/** Longest payload stored (the same limit as an assignment link). */
export const MAX_SAVED_PAYLOAD = 4096;

/** Schema of a SavedAssignment record. */
export const SavedAssignmentSchema = v.strictObject({
  schema: v.literal(SAVED_ASSIGNMENT_SCHEMA),
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  payload: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SAVED_PAYLOAD), v.regex(/^[A-Za-z0-9_-]+$/)),
  addedAt: isoTime,
});

/** The record as a SavedAssignment, or undefined when it does not match. */
export const checkSavedAssignment: (record: unknown) => SavedAssignment | undefined = recordCheck(SavedAssignmentSchema);

/** Newest added first (ties by id, so the order is stable). */
export function byAddedDesc(a: SavedAssignment, b: SavedAssignment): number {
  return b.addedAt.localeCompare(a.addedAt) || compareIds(a.id, b.id);
}
