/**
 * The check on data about to replace everything stored (a restore), as a whole and before anything
 * is written: the settings, every record of every section against its kind's schema, no two
 * records of a kind with one key, and every set-aside record well formed with its own id. The
 * repository runs it on every replacement, so no implementation can write a record it would
 * refuse to read.
 */
import * as v from 'valibot';
import { SettingsSchema } from './record-checks';
import { MAX_LIBRARY_SCRIPTS } from './library-checks';
import { MAX_DRAFTS } from './draft-checks';
import { MAX_STORED_RECEIPTS } from './receipt-checks';
import { ALL_KINDS, sectionOf } from './record-kinds';
import { checkSetAsideRecord } from './set-aside';
import type { BackupData } from './types';

/**
 * The data as plain checked copies; throws a clear error when anything is invalid. Optional
 * sections stay absent when absent, so the repository knows to leave that kind of data alone.
 */
export function checkReplacement(data: BackupData): BackupData {
  const settings = v.safeParse(SettingsSchema, data.settings);
  if (!settings.success) throw new Error('The settings to restore are not valid.');
  const out: BackupData = { attempts: [], settings: settings.output };
  for (const kind of ALL_KINDS) {
    const records = sectionOf(data, kind);
    if (!records) continue;
    if (kind.kind === 'library' && records.length > MAX_LIBRARY_SCRIPTS) throw new Error(`A library holds at most ${MAX_LIBRARY_SCRIPTS} case files.`);
    if (kind.kind === 'draft' && records.length > MAX_DRAFTS) throw new Error(`A device holds at most ${MAX_DRAFTS} drafts.`);
    if (kind.kind === 'receipt' && records.length > MAX_STORED_RECEIPTS) throw new Error(`A device keeps at most ${MAX_STORED_RECEIPTS} imported receipts.`);
    (out as unknown as Record<string, object[]>)[kind.section] = checkAll(records, kind.check, kind.key, kind.what);
  }
  if (data.setAside) out.setAside = checkAll(data.setAside, checkSetAsideRecord, (r) => `${r.kind} ${r.id}`, 'set-aside record');
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
