/**
 * The backup file: one versioned JSON envelope around everything the repository exports, with a
 * SHA-256 over a canonical serialisation (keys sorted, no whitespace) of everything but the
 * checksum itself, so the file's layout may change while any change to its content is caught.
 * Version 1 held attempts and settings; version 2 adds optional sections for saved assignments,
 * private reflections and the case-file library. A version-1 file still restores (and leaves
 * those kinds of data on the device untouched, since it never had them).
 *
 * A file being restored is untrusted, so reading is a pipeline of cheap checks before expensive
 * ones, each failing with a reason a learner can act on: size (before reading), UTF-8, JSON.parse,
 * a walk that rejects `__proto__`/`constructor`/`prototype` keys and non-finite numbers and caps
 * depth, list and text sizes, then format and version, checksum, the strict envelope schema, and
 * every record of every section against the same schema used for stored records. Only a file that passed all of them reaches
 * `restoreBackup`, which hands it to `replaceData` (one transaction): restoring is staged, and a
 * bad file never touches the data on the device.
 *
 * Adding a section: add it to `BackupData` as optional, to `DataSchema` and `SECTIONS`, and to
 * `exportData`/`replaceData`; bump BACKUP_VERSION so an older app says "made by a newer version"
 * rather than "unknown field". Older files stay readable.
 */
import * as v from 'valibot';
import { canonicalChecksum } from './canonical-json';
import { describeIssue } from './issue-words';
import { isoTime } from './text-checks';
import { jsonShapeProblem, type ShapeLimits } from './json-shape';
import { version as APP_VERSION } from '../../package.json';
import { AttemptSchema, SettingsSchema } from './record-checks';
import { SavedAssignmentSchema } from './assignment-checks';
import { ReflectionSchema } from './reflection-checks';
import { LibraryScriptSchema, MAX_LIBRARY_SCRIPTS, MAX_LIBRARY_SOURCE_BYTES } from './library-checks';
import type { ProgressRepository } from './repository';
import type { BackupData } from './types';

/** The `format` every backup file carries. */
export const BACKUP_FORMAT = 'balint-rehearsal-backup';
/** Version of the backup envelope this app writes (and the newest it reads). */
export const BACKUP_VERSION = 2;
/** Largest file accepted for restore. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Most attempts a backup may hold. */
export const MAX_ATTEMPTS = 10_000;

/** Limits of the structural walk over an untrusted file; only a case file's source may be long. */
const LIMITS: ShapeLimits = { noun: 'backup', depth: 64, items: 20_000, text: 100_000, longText: MAX_LIBRARY_SOURCE_BYTES, longTextKeys: ['source'], nodes: 2_000_000 };

/** A backup file's content. */
export interface BackupEnvelope {
  /** Always BACKUP_FORMAT. */
  format: typeof BACKUP_FORMAT;
  /** Envelope version. */
  version: 1 | typeof BACKUP_VERSION;
  /** Version of the app that wrote it. */
  appVersion: string;
  /** ISO time the backup was made. */
  exportedAt: string;
  /** `sha256:` and the hex SHA-256 of the canonical JSON of every other field. */
  checksum: string;
  /** The learner's data. */
  data: BackupData;
}

/** Outcome of reading a file: the checked backup, or why it was refused. */
export type ReadResult = { ok: true; backup: BackupEnvelope } | { ok: false; reason: string };

const DataSchema = v.strictObject({
  attempts: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ATTEMPTS)),
  settings: SettingsSchema,
  assignments: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_ATTEMPTS))),
  reflections: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_ATTEMPTS))),
  library: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_LIBRARY_SCRIPTS))),
});

/** Each list section, the schema of its records, what one is called, and its key. */
const SECTIONS = [
  { name: 'attempts', schema: AttemptSchema, what: 'attempt', key: (r: { id: string }) => r.id },
  { name: 'assignments', schema: SavedAssignmentSchema, what: 'saved assignment', key: (r: { id: string }) => r.id },
  { name: 'reflections', schema: ReflectionSchema, what: 'reflection', key: (r: { attemptId: string }) => r.attemptId },
  { name: 'library', schema: LibraryScriptSchema, what: 'case file', key: (r: { id: string }) => r.id },
] as const;
const EnvelopeSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.picklist([1, BACKUP_VERSION]),
  appVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  exportedAt: isoTime,
  checksum: v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/)),
  data: DataSchema,
});

/** `sha256:` and the hex SHA-256 of the canonical JSON of the envelope without its checksum. */
export async function checksumOf(envelope: Omit<BackupEnvelope, 'checksum'> & { checksum?: unknown }): Promise<string> {
  const { checksum: _ignored, ...rest } = envelope;
  return canonicalChecksum(rest);
}

/** Wrap data in a checksummed envelope. */
export async function makeEnvelope(data: BackupData, exportedAt: Date, appVersion = APP_VERSION): Promise<BackupEnvelope> {
  const body = { format: BACKUP_FORMAT, version: BACKUP_VERSION, appVersion, exportedAt: exportedAt.toISOString(), data } as const;
  return { ...body, checksum: await checksumOf(body) };
}

/** File name for a backup made at `when` (the learner's local date). */
export function backupFileName(when: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `balint-rehearsal-backup-${when.getFullYear()}-${p(when.getMonth() + 1)}-${p(when.getDate())}.json`;
}

/** A backup file of everything in `repo` (nothing is written: record the time once it is saved). */
export async function createBackup(repo: ProgressRepository, now = new Date()): Promise<{ blob: Blob; fileName: string; envelope: BackupEnvelope }> {
  const envelope = await makeEnvelope(await repo.exportData(), now);
  return { blob: new Blob([JSON.stringify(envelope)], { type: 'application/json' }), fileName: backupFileName(now), envelope };
}

/** What only the app knows about a backup it reads. */
export interface ReadOptions {
  /** Ids of the modules built into the app: a case file may never take one (it would stand in for the module). */
  builtInIds?: ReadonlySet<string>;
}

/** Read a file the learner picked; never throws. */
export async function readBackupFile(file: Blob, options: ReadOptions = {}): Promise<ReadResult> {
  if (file.size > MAX_BACKUP_BYTES) return refuse(`the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, so it is not a backup from this app`);
  if (file.size === 0) return refuse('the file is empty');
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return refuse('the browser could not read the file');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(utf16(bytes) ? 'it was saved as UTF-16 text, but backups from this app are UTF-8; it may have been re-saved by another program, so restore the file exactly as the app downloaded it' : 'it is not a text file, so it cannot be a backup');
  }
  return parseBackup(text, options);
}

/** Check the text of a backup file, step by step; never throws. */
export async function parseBackup(text: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (text.length > MAX_BACKUP_BYTES) return refuse(`the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return refuse('it is not complete JSON (it may be damaged or cut short)');
  }
  const shape = jsonShapeProblem(root, LIMITS);
  if (shape) return refuse(shape);
  if (!isObject(root) || root.format !== BACKUP_FORMAT) return refuse('it is not a Balint Rehearsal backup file');
  const version = root.version;
  if (typeof version !== 'number') return refuse('it does not say which backup version it is');
  if (!Number.isInteger(version) || version < 1) return refuse(`its backup version (${String(version).slice(0, 20)}) is not one this app has ever written, so it was changed or damaged`);
  if (version > BACKUP_VERSION) return refuse(`it was made by a newer version of the app (backup version ${version}); update the app, then try again`);
  if (typeof root.checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(root.checksum)) return refuse('it has no valid checksum');
  if ((await checksumOf(root as never)) !== root.checksum) return refuse('its checksum does not match its content, so it was changed or damaged after it was made');
  const envelope = v.safeParse(EnvelopeSchema, root);
  if (!envelope.success) return refuse(`it does not have the expected content (${describeIssue(envelope.issues[0], 'backup')})`);
  if (envelope.output.version === 1 && Object.keys(envelope.output.data).some((k) => k !== 'attempts' && k !== 'settings')) {
    return refuse('it says it is backup version 1 but holds sections only version 2 has');
  }
  for (const section of SECTIONS) {
    const ids = new Set<string>();
    const records = (envelope.output.data as unknown as Record<string, unknown[] | undefined>)[section.name] ?? [];
    for (const [i, record] of records.entries()) {
      const checked = v.safeParse(section.schema, record);
      if (!checked.success) return refuse(`${section.what} ${i + 1} is not a valid ${section.what} (${describeIssue(checked.issues[0], 'backup')})`);
      const key = (section.key as (r: unknown) => string)(checked.output);
      if (ids.has(key)) return refuse(`two ${section.what}s have the same id ${quote(key)}`);
      ids.add(key);
      if (section.name === 'library' && options.builtInIds?.has(key))
        return refuse(`case file ${i + 1} has the id ${quote(key)}, which belongs to a module built into Balint Rehearsal, so it cannot be restored as a case file`);
    }
  }
  return { ok: true, backup: envelope.output as BackupEnvelope };
}

/** How much of each kind of data a restore would lose or take back to an older copy. */
export interface RestoreLoss {
  /** Attempts. */
  attempts: number;
  /** Saved assignments. */
  assignments: number;
  /** Reflections. */
  reflections: number;
  /** Case files. */
  library: number;
}

/**
 * What on the device a restore would lose or take back to an older state, per kind of data: records
 * not in the backup, changed after it was made, or of which the backup holds an older copy. A
 * kind of data the backup has no section for is left as it is by a restore, so nothing of it is lost.
 */
export function newerThanBackup(current: BackupData, backup: BackupEnvelope): RestoreLoss {
  const made = Date.parse(backup.exportedAt);
  const count = <T>(here: readonly T[] | undefined, there: readonly T[] | undefined, key: (r: T) => string, time: (r: T) => string) => {
    if (!there || !here) return 0;
    const inBackup = new Map(there.map((r) => [key(r), Date.parse(time(r))]));
    return here.filter((r) => {
      const at = Date.parse(time(r));
      const copy = inBackup.get(key(r));
      return at > made || copy === undefined || at > copy;
    }).length;
  };
  const d = backup.data;
  return {
    attempts: count(current.attempts, d.attempts, (a) => a.id, (a) => a.updatedAt),
    assignments: count(current.assignments, d.assignments, (a) => a.id, (a) => a.addedAt),
    reflections: count(current.reflections, d.reflections, (r) => r.attemptId, (r) => r.updatedAt),
    library: count(current.library, d.library, (l) => l.id, (l) => l.updatedAt),
  };
}

/** Replace the device's data with a checked backup; resolves to the number of attempts restored. */
export async function restoreBackup(repo: ProgressRepository, backup: BackupEnvelope): Promise<number> {
  await repo.replaceData(backup.data);
  // The device now holds exactly this backup's data, so that is when it was last backed up.
  await repo.setLastBackupAt(backup.exportedAt).catch(() => undefined);
  return backup.data.attempts.length;
}

function refuse(reason: string): ReadResult {
  return { ok: false, reason };
}

/** True when the bytes are JSON saved as UTF-16 (a byte-order mark, then text that starts like JSON). */
function utf16(bytes: ArrayBuffer): boolean {
  const b = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const encoding = b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : undefined;
  if (!encoding) return false;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes).trimStart().startsWith('{');
  } catch {
    return false;
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}
