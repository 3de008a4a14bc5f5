/**
 * Reading a backup file the learner picked. The file is untrusted, so reading is a pipeline of
 * cheap checks before expensive ones, each failing with a reason a learner can act on: size
 * (before reading), UTF-8, JSON.parse, a walk that rejects `__proto__`/`constructor`/`prototype`
 * keys and non-finite numbers and caps depth, list and text sizes, then format and version,
 * checksum, the strict envelope schema, and every record of every section against the same schema
 * used for stored records. Only a file that passed all of them reaches `restoreBackup`
 * (`backup-restore.ts`): a bad file never touches the data on the device. Last, a set-aside record
 * of the file that now passes its checks is moved back into its section (`reviveSetAside`).
 */
import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION, BACKUP_VERSIONS, MAX_ATTEMPTS, MAX_BACKUP_BYTES, checksumOf, type BackupEnvelope } from './backup';
import { describeIssue, shapeWords } from './issue-words';
import { isoTime } from './text-checks';
import { jsonShapeProblem, type ShapeLimits } from './json-shape';
import { SettingsSchema } from './record-checks';
import { MAX_LIBRARY_SCRIPTS, MAX_LIBRARY_SOURCE_BYTES } from './library-checks';
import { MAX_DRAFTS } from './draft-checks';
import { MAX_STORED_RECEIPTS } from './receipt-checks';
import { ALL_KINDS } from './record-kinds';
import { reviveSetAside, SetAsideRecordSchema } from './set-aside';

/** Limits of the structural walk over an untrusted file; only a case file's source may be long. */
const LIMITS: ShapeLimits = { noun: 'backup', depth: 64, items: 20_000, text: 100_000, longText: MAX_LIBRARY_SOURCE_BYTES, longTextKeys: ['source'], nodes: 2_000_000 };

/** Outcome of reading a file: the checked backup, or why it was refused. */
export type ReadResult = { ok: true; backup: BackupEnvelope } | { ok: false; reason: string };

const list = (max: number) => v.optional(v.pipe(v.array(v.unknown()), v.maxLength(max)));
const DataSchema = v.strictObject({
  attempts: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ATTEMPTS)),
  settings: SettingsSchema,
  assignments: list(MAX_ATTEMPTS),
  reflections: list(MAX_ATTEMPTS),
  library: list(MAX_LIBRARY_SCRIPTS),
  setAside: list(LIMITS.items),
  drafts: list(MAX_DRAFTS),
  receipts: list(MAX_STORED_RECEIPTS),
});

/** Each list section, the schema of its records, what one is called, and its key. */
const SECTIONS: ReadonlyArray<{ name: string; schema: v.GenericSchema; what: string; key: (r: never) => string }> = [
  ...ALL_KINDS.map((k) => ({ name: k.section, schema: k.schema, what: k.what, key: k.key })),
  { name: 'setAside', schema: SetAsideRecordSchema, what: 'set-aside record', key: (r: { kind: string; id: string }) => `${r.kind} ${r.id}` },
];
/** The sections each version may hold (a file may not claim an older version than its content). */
const SECTIONS_OF: Record<number, readonly string[]> = {
  1: ['attempts', 'settings'],
  2: ['attempts', 'settings', 'assignments', 'reflections', 'library'],
  3: ['attempts', 'settings', 'assignments', 'reflections', 'library', 'setAside'],
};
const EnvelopeSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.picklist(BACKUP_VERSIONS),
  appVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  exportedAt: isoTime,
  checksum: v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/)),
  data: DataSchema,
});

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
  if (shape) return refuse(shapeWords(shape, LIMITS.noun));
  if (!isObject(root) || root.format !== BACKUP_FORMAT) return refuse('it is not a Balint Rehearsal backup file');
  const version = root.version;
  if (typeof version !== 'number') return refuse('it does not say which backup version it is');
  if (!Number.isInteger(version) || version < 1) return refuse(`its backup version (${String(version).slice(0, 20)}) is not one this app has ever written, so it was changed or damaged`);
  if (version > BACKUP_VERSION) return refuse(`it was made by a newer version of the app (backup version ${version}); update the app, then try again`);
  if (typeof root.checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(root.checksum)) return refuse('it has no valid checksum');
  if ((await checksumOf(root as never)) !== root.checksum) return refuse('its checksum does not match its content, so it was changed or damaged after it was made');
  const envelope = v.safeParse(EnvelopeSchema, root);
  if (!envelope.success) return refuse(`it does not have the expected content (${describeIssue(envelope.issues[0], 'backup')})`);
  const allowed = SECTIONS_OF[envelope.output.version];
  if (allowed && Object.keys(envelope.output.data).some((k) => !allowed.includes(k))) {
    return refuse(`it says it is backup version ${envelope.output.version} but holds sections that only later versions have`);
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
  const backup = envelope.output as BackupEnvelope;
  return { ok: true, backup: { ...backup, data: reviveSetAside(backup.data, options.builtInIds) } };
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
