/**
 * The check on Reflection records read back from storage or restored from a backup, in its own
 * file like `assignment-checks.ts`, so the reflections feature adds a file rather than editing a
 * shared one. Text is stored and shown as text; the limits keep a damaged record from flooding a
 * view.
 */
import * as v from 'valibot';
import { compareIds, recordCheck } from './record-check';
import { isoTime as iso } from './text-checks';
import { REFLECTION_SCHEMA, type Reflection } from './types';

/** Longest reflection, in characters. */
export const MAX_REFLECTION_CHARS = 10_000;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** Schema of a Reflection record. */
export const ReflectionSchema = v.strictObject({
  schema: v.literal(REFLECTION_SCHEMA),
  attemptId: id,
  moduleId: id,
  text: v.pipe(v.string(), v.maxLength(MAX_REFLECTION_CHARS)),
  createdAt: iso,
  updatedAt: iso,
});

/** The record as a Reflection, or undefined when it does not match. */
export const checkReflection: (record: unknown) => Reflection | undefined = recordCheck(ReflectionSchema);

/** Newest changed first (ties by attempt id, so the order is stable). */
export function byUpdatedDesc(a: Reflection, b: Reflection): number {
  return b.updatedAt.localeCompare(a.updatedAt) || compareIds(a.attemptId, b.attemptId);
}
