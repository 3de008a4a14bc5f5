/**
 * Checks on records read back from storage. Stored data outlives the code that wrote it and can be
 * damaged, so a record that does not match its schema is rejected here rather than crashing a view
 * later. Schemas are valibot, kept strict. The same schemas check a whole replacement (a restore,
 * `replacement-checks.ts`) and every record of a backup file before anything is written.
 */
import * as v from 'valibot';
import { isoTime as iso } from './text-checks';
import { ATTEMPT_SCHEMA, BACKUP_META_SCHEMA, DEFAULT_SETTINGS, type Attempt, type BackupMeta, type RecordKind, type Settings } from './types';
import { StorageRefusal } from './storage-refusal';
import { ClimateSchema, SnapshotSchema } from './snapshot-checks';

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
  snapshot: SnapshotSchema,
  sceneId: id,
  climate: ClimateSchema,
  endingId: v.optional(id),
});

/** Schema of the Settings record. */
export const SettingsSchema = v.strictObject({
  schema: v.literal(1),
  feedbackMode: v.picklist(['immediate', 'debrief']),
  pace: v.picklist(['readable', 'instant']),
  // Added later: a record written before it reads as the default.
  liveClimate: v.optional(v.picklist(['leader', 'all', 'none']), DEFAULT_SETTINGS.liveClimate),
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

/** The checked record, or a refusal when it is not valid (nothing is written then). */
export function mustPass<T>(checked: T | undefined, kind: RecordKind): T {
  if (!checked) throw new StorageRefusal({ code: 'invalid-record', kind });
  return checked;
}

/** Records ordered by a string key (the order of a backup, so two exports of the same data are equal). */
export function byKey<T>(records: T[], key: (r: T) => string): T[] {
  return records.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
