/**
 * Checks on records read back from storage. Stored data outlives the code that wrote it and can be
 * damaged, so a record that does not match its schema is rejected here rather than crashing a view
 * later. Schemas are valibot, kept strict. The same schemas check a whole replacement (a restore)
 * before anything is written, so both repositories refuse invalid data in the same way.
 */
import * as v from 'valibot';
import { ATTEMPT_SCHEMA, BACKUP_META_SCHEMA, DEFAULT_SETTINGS, type Attempt, type BackupData, type BackupMeta, type Settings } from './types';

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

/** Schema of the Settings record. */
export const SettingsSchema = v.strictObject({
  schema: v.literal(1),
  feedbackMode: v.picklist(['immediate', 'debrief']),
  pace: v.picklist(['readable', 'instant']),
});

const BackupMetaSchema = v.strictObject({
  schema: v.literal(BACKUP_META_SCHEMA),
  lastBackupAt: v.nullable(iso),
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

/** The record as BackupMeta, or "never backed up" when it is missing or does not match. */
export function checkBackupMeta(record: unknown): BackupMeta {
  const r = v.safeParse(BackupMetaSchema, record);
  return r.success ? r.output : { schema: BACKUP_META_SCHEMA, lastBackupAt: null };
}

/**
 * Data about to replace everything stored, checked as a whole (every attempt and the settings
 * valid, no two attempts with one id), as plain copies; throws before anything is written.
 */
export function checkReplacement(data: BackupData): BackupData {
  const settings = v.safeParse(SettingsSchema, data.settings);
  if (!settings.success) throw new Error('The settings to restore are not valid.');
  const ids = new Set<string>();
  const attempts = data.attempts.map((a, i) => {
    const checked = checkAttempt(structuredClone(a));
    if (!checked) throw new Error(`Attempt ${i + 1} to restore is not valid.`);
    if (ids.has(checked.id)) throw new Error(`Two attempts to restore have the id ${checked.id}.`);
    ids.add(checked.id);
    return checked;
  });
  return { attempts, settings: settings.output };
}

/** Attempts ordered by id (the order of a backup, so two exports of the same data are equal). */
export function byId(attempts: Attempt[]): Attempt[] {
  return attempts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
