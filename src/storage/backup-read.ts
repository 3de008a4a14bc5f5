/**
 * Reading a backup file the learner picked. The file is untrusted, so reading is a pipeline of
 * cheap checks before expensive ones, each failing with a reason a learner can act on: size
 * (before reading), UTF-8, JSON.parse, a walk that rejects `__proto__`/`constructor`/`prototype`
 * keys and non-finite numbers and caps depth, list and text sizes, then format and version,
 * checksum, the strict envelope schema, and every record of every section against the same schema
 * used for stored records. A refusal is a code and its data (`BackupProblem`); views word it
 * (`m.backupProblems`). Only a file that passed all of them reaches `restoreBackup`
 * (`backup-restore.ts`): a bad file never touches the data on the device. Last, a set-aside record
 * of the file that now passes its checks is moved back into its section (`reviveSetAside`).
 */
import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION, BACKUP_VERSIONS, MAX_ATTEMPTS, MAX_BACKUP_BYTES, checksumOf, type BackupEnvelope } from './backup';
import { cut, issueFacts } from '../files/issue-facts';
import { isoTime } from './text-checks';
import { jsonShapeProblem, type ShapeLimits } from '../files/json-shape';
import { savedAsUtf16 } from '../files/saved-as-utf16';
import { SettingsSchema } from './record-checks';
import { MAX_LIBRARY_SCRIPTS, MAX_LIBRARY_SOURCE_BYTES } from './library-checks';
import { MAX_DRAFTS } from './draft-checks';
import { MAX_STORED_RECEIPTS } from './receipt-checks';
import { ALL_KINDS } from './record-kinds';
import { reviveSetAside, SetAsideRecordSchema } from './set-aside';
import type { BackupProblem, SectionKind } from '../files/types';

/** Limits of the structural walk over an untrusted file; only a case file's source may be long. */
const LIMITS: ShapeLimits = { noun: 'backup', depth: 64, items: 20_000, text: 100_000, longText: MAX_LIBRARY_SOURCE_BYTES, longTextKeys: ['source'], nodes: 2_000_000 };

/** Outcome of reading a file: the checked backup, or why it was refused. */
export type ReadResult = { ok: true; backup: BackupEnvelope } | { ok: false; problem: BackupProblem };

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

/** Each list section, the schema of its records, the kind it holds, and its key. */
const SECTIONS: ReadonlyArray<{ name: string; schema: v.GenericSchema; kind: SectionKind; key: (r: never) => string }> = [
  ...ALL_KINDS.map((k) => ({ name: k.section, schema: k.schema, kind: k.kind, key: k.key })),
  { name: 'setAside', schema: SetAsideRecordSchema, kind: 'set-aside', key: (r: { kind: string; id: string }) => `${r.kind} ${r.id}` },
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
  if (file.size > MAX_BACKUP_BYTES) return refuse({ code: 'file-too-large', max: MAX_BACKUP_BYTES });
  if (file.size === 0) return refuse({ code: 'empty' });
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return refuse({ code: 'unreadable' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse({ code: savedAsUtf16(bytes, '{') ? 'utf16' : 'not-text' });
  }
  return parseBackup(text, options);
}

/** Check the text of a backup file, step by step; never throws. */
export async function parseBackup(text: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (text.length > MAX_BACKUP_BYTES) return refuse({ code: 'text-too-large', max: MAX_BACKUP_BYTES });
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  const shape = jsonShapeProblem(root, LIMITS);
  if (shape) return refuse({ code: 'shape', shape });
  if (!isObject(root) || root.format !== BACKUP_FORMAT) return refuse({ code: 'not-a-backup' });
  const version = root.version;
  if (typeof version !== 'number') return refuse({ code: 'no-version' });
  if (!Number.isInteger(version) || version < 1) return refuse({ code: 'unknown-version', version: String(version).slice(0, 20) });
  if (version > BACKUP_VERSION) return refuse({ code: 'newer-version', version });
  if (typeof root.checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(root.checksum)) return refuse({ code: 'no-checksum' });
  if ((await checksumOf(root as never)) !== root.checksum) return refuse({ code: 'checksum-mismatch' });
  const envelope = v.safeParse(EnvelopeSchema, root);
  if (!envelope.success) return refuse({ code: 'not-expected', issue: issueFacts(envelope.issues[0]) });
  const allowed = SECTIONS_OF[envelope.output.version];
  if (allowed && Object.keys(envelope.output.data).some((k) => !allowed.includes(k))) {
    return refuse({ code: 'later-sections', version: envelope.output.version });
  }
  for (const section of SECTIONS) {
    const ids = new Set<string>();
    const records = (envelope.output.data as unknown as Record<string, unknown[] | undefined>)[section.name] ?? [];
    for (const [i, record] of records.entries()) {
      const checked = v.safeParse(section.schema, record);
      if (!checked.success) return refuse({ code: 'invalid-record', kind: section.kind, position: i + 1, issue: issueFacts(checked.issues[0]) });
      const key = (section.key as (r: unknown) => string)(checked.output);
      if (ids.has(key)) return refuse({ code: 'duplicate-id', kind: section.kind, key: cut(key) });
      ids.add(key);
      if (section.name === 'library' && options.builtInIds?.has(key))
        return refuse({ code: 'built-in-id', position: i + 1, key: cut(key) });
    }
  }
  const backup = envelope.output as BackupEnvelope;
  return { ok: true, backup: { ...backup, data: reviveSetAside(backup.data, options.builtInIds) } };
}

function refuse(problem: BackupProblem): ReadResult {
  return { ok: false, problem };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}
