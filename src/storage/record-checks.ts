/**
 * Checks on records read back from storage. Stored data outlives the code that wrote it and can be
 * damaged, so a record that does not match its schema is rejected here rather than crashing a view
 * later. Schemas are valibot, kept strict.
 */
import * as v from 'valibot';
import { ATTEMPT_SCHEMA, DEFAULT_SETTINGS, type Attempt, type Settings } from './types';

const iso = v.pipe(v.string(), v.maxLength(40));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const step = v.variant('type', [
  v.strictObject({ type: v.literal('choice'), scene: id, choice: id, at: iso }),
  v.strictObject({ type: v.literal('continue'), scene: id, at: iso }),
]);

/** Schema of an Attempt record. */
export const AttemptSchema = v.strictObject({
  schema: v.literal(ATTEMPT_SCHEMA),
  id,
  moduleId: id,
  scriptHash: id,
  status: v.picklist(['active', 'completed', 'abandoned']),
  startedAt: iso,
  updatedAt: iso,
  activeMs: v.pipe(v.number(), v.minValue(0)),
  steps: v.pipe(v.array(step), v.maxLength(5000)),
  undone: v.pipe(v.array(v.strictObject({ step, undoneAt: iso })), v.maxLength(5000)),
  snapshot: v.unknown(),
  sceneId: id,
  climate: v.record(v.string(), v.number()),
  endingId: v.optional(id),
});

const SettingsSchema = v.strictObject({
  schema: v.literal(1),
  feedbackMode: v.picklist(['immediate', 'debrief']),
  pace: v.picklist(['readable', 'instant']),
});

/** The record as an Attempt, or undefined when it does not match. */
export function checkAttempt(record: unknown): Attempt | undefined {
  const r = v.safeParse(AttemptSchema, record);
  return r.success ? (r.output as Attempt) : undefined;
}

/** The record as Settings, falling back to defaults when it does not match. */
export function checkSettings(record: unknown): Settings {
  const r = v.safeParse(SettingsSchema, record);
  return r.success ? r.output : { ...DEFAULT_SETTINGS };
}
