/**
 * Checks on records read back from storage. Stored data outlives the code that wrote it and can be
 * damaged, so a record that does not match its schema is rejected here rather than crashing a view
 * later. Schemas are valibot, kept strict. The same schemas check a whole replacement (a restore)
 * before anything is written, so both repositories refuse invalid data in the same way.
 */
import * as v from 'valibot';
import { isoTime as iso } from './text-checks';
import { ATTEMPT_SCHEMA, BACKUP_META_SCHEMA, DEFAULT_SETTINGS, type Attempt, type BackupData, type BackupMeta, type Settings } from './types';
import { checkSavedAssignment } from './assignment-checks';
import { checkReflection } from './reflection-checks';
import { checkLibraryScript, MAX_LIBRARY_SCRIPTS } from './library-checks';

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
 * Data about to replace everything stored, checked as a whole (every record valid, no two with one
 * key), as plain copies; throws before anything is written. Optional sections stay absent when
 * absent, so the repository knows to leave that kind of data alone.
 */
export function checkReplacement(data: BackupData): BackupData {
  const settings = v.safeParse(SettingsSchema, data.settings);
  if (!settings.success) throw new Error('The settings to restore are not valid.');
  const out: BackupData = {
    attempts: checkAll(data.attempts, checkAttempt, (a) => a.id, 'attempt'),
    settings: settings.output,
  };
  if (data.assignments) out.assignments = checkAll(data.assignments, checkSavedAssignment, (a) => a.id, 'assignment');
  if (data.reflections) out.reflections = checkAll(data.reflections, checkReflection, (r) => r.attemptId, 'reflection');
  if (data.library) {
    if (data.library.length > MAX_LIBRARY_SCRIPTS) throw new Error(`A library holds at most ${MAX_LIBRARY_SCRIPTS} case files.`);
    out.library = checkAll(data.library, checkLibraryScript, (s) => s.id, 'case file');
  }
  return out;
}

function checkAll<T>(records: readonly unknown[], check: (r: unknown) => T | undefined, key: (r: T) => string, what: string): T[] {
  const seen = new Set<string>();
  return records.map((record, i) => {
    const checked = check(structuredClone(record));
    if (!checked) throw new Error(`${what[0]!.toUpperCase()}${what.slice(1)} ${i + 1} to restore is not valid.`);
    const k = key(checked);
    if (seen.has(k)) throw new Error(`Two ${what}s to restore have the id ${k}.`);
    seen.add(k);
    return checked;
  });
}

/** The checked record, or a clear error when it is not valid (nothing is written then). */
export function mustPass<T>(checked: T | undefined, what: string): T {
  if (!checked) throw new Error(`This is not a valid ${what}.`);
  return checked;
}

/** Records ordered by a string key (the order of a backup, so two exports of the same data are equal). */
export function byKey<T>(records: T[], key: (r: T) => string): T[] {
  return records.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Attempts ordered by id (the order of a backup, so two exports of the same data are equal). */
export function byId(attempts: Attempt[]): Attempt[] {
  return attempts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
