/**
 * The check on Reflection records read back from storage or restored from a backup, in its own
 * file like `assignment-checks.ts`, so the reflections feature adds a file rather than editing a
 * shared one. Text is stored and shown as text; the limits keep a damaged record from flooding a
 * view.
 */
import * as v from 'valibot';
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
export function checkReflection(record: unknown): Reflection | undefined {
  const r = v.safeParse(ReflectionSchema, record);
  return r.success ? r.output : undefined;
}

/** Newest changed first (ties by attempt id, so the order is stable). */
export function byUpdatedDesc(a: Reflection, b: Reflection): number {
  return b.updatedAt.localeCompare(a.updatedAt) || (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0);
}
