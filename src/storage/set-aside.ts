/**
 * Set-aside records: what the app keeps but does not use, so that nothing is dropped silently. A
 * record that fails its schema stays in its own table and is reported from there; a restored
 * attempt that cannot be resumed, and a backup's set-aside record that is still unusable, go to
 * the `setAside` table. Either way the learner sees them in Settings, every backup carries them
 * (section `setAside`), and restoring a backup brings back each one that now passes its checks.
 */
import * as v from 'valibot';
import { ALL_KINDS, KINDS, sectionOf, type AnyKind } from './record-kinds';
import { SET_ASIDE_SCHEMA, type BackupData, type RecordKind, type SetAsideReason, type SetAsideRecord } from './types';

/** Longest id of a set-aside record (the key of a damaged record may be anything IndexedDB allows). */
const MAX_ID = 1000;

/** Schema of a SetAsideRecord (its `record` is anything JSON can hold: it is never used as it is). */
export const SetAsideRecordSchema = v.strictObject({
  schema: v.literal(SET_ASIDE_SCHEMA),
  kind: v.picklist(ALL_KINDS.map((k) => k.kind)),
  id: v.pipe(v.string(), v.maxLength(MAX_ID)),
  reason: v.picklist(['unreadable', 'does-not-resume'] satisfies SetAsideReason[]),
  record: v.unknown(),
});

/** The record as a SetAsideRecord, or undefined when it does not match. */
export function checkSetAsideRecord(record: unknown): SetAsideRecord | undefined {
  const r = v.safeParse(SetAsideRecordSchema, record);
  return r.success ? (r.output as SetAsideRecord) : undefined;
}

/** A record set aside, as JSON (what a backup can carry); its key as text. */
export function setAsideOf(kind: RecordKind, key: unknown, reason: SetAsideReason, record: unknown): SetAsideRecord {
  return { schema: SET_ASIDE_SCHEMA, kind, id: keyText(key), reason, record: jsonCopy(record) };
}

/** By kind, then id: the order of a backup's set-aside section and of the Settings list. */
export function bySetAsideKey(a: SetAsideRecord, b: SetAsideRecord): number {
  const ka = `${a.kind}\u0000${a.id}`;
  const kb = `${b.kind}\u0000${b.id}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The records with ids made unique within each kind, in order: a later record whose kind and id
 * are already taken gets " (2)", " (3)"… added (two damaged copies of one record are both kept).
 */
export function withUniqueIds(records: readonly SetAsideRecord[]): SetAsideRecord[] {
  const taken = new Set<string>();
  return records.map((r) => {
    let id = r.id;
    for (let n = 2; taken.has(`${r.kind}\u0000${id}`); n++) id = `${r.id.slice(0, MAX_ID - 12)} (${n})`;
    taken.add(`${r.kind}\u0000${id}`);
    return id === r.id ? r : { ...r, id };
  });
}

/**
 * The data with every set-aside record that now passes its checks moved back into its section:
 * it matches its kind's schema, its section is being restored, no record there has its key, and
 * (for a case file) its id is not a built-in module's. The others stay set aside. Whether a
 * brought-back attempt can be resumed is checked with every other attempt when it is restored.
 */
export function reviveSetAside(data: BackupData, builtInIds: ReadonlySet<string> = new Set()): BackupData {
  if (!data.setAside?.length) return data;
  const out: BackupData = { ...data, setAside: [] };
  for (const kind of ALL_KINDS) {
    const records = sectionOf(data, kind);
    if (records) (out as unknown as Record<string, object[]>)[kind.section] = [...records];
  }
  for (const entry of data.setAside) {
    const kind = KINDS[entry.kind] as unknown as AnyKind;
    const section = sectionOf(out, kind);
    const record = section ? kind.check(entry.record) : undefined;
    const key = record ? kind.key(record) : undefined;
    const usable = record && key !== undefined && !section!.some((r) => kind.key(r) === key) && !(entry.kind === 'library' && builtInIds.has(key));
    if (usable) section!.push(record);
    else out.setAside!.push(entry);
  }
  return out;
}

/** A stored key as text: itself when it is text, else its JSON. */
function keyText(key: unknown): string {
  const text = typeof key === 'string' ? key : (jsonText(key) ?? String(key));
  return text.slice(0, MAX_ID);
}

/** A JSON copy of a value (null when JSON cannot hold it), so a backup carries exactly what it reads back. */
function jsonCopy(value: unknown): unknown {
  const text = jsonText(value);
  return text === undefined ? null : JSON.parse(text);
}

function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value) ?? undefined;
  } catch {
    return undefined;
  }
}
