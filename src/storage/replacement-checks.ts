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
import { StorageRefusal } from './storage-refusal';
import type { BackupData, RefusedKind } from './types';

/**
 * The data as plain checked copies; throws a `StorageRefusal` when anything is invalid. Optional
 * sections stay absent when absent, so the repository knows to leave that kind of data alone.
 */
export function checkReplacement(data: BackupData): BackupData {
  const settings = v.safeParse(SettingsSchema, data.settings);
  if (!settings.success) throw new StorageRefusal({ code: 'invalid-restore-settings' });
  const out: BackupData = { attempts: [], settings: settings.output };
  for (const kind of ALL_KINDS) {
    const records = sectionOf(data, kind);
    if (!records) continue;
    if (kind.kind === 'library' && records.length > MAX_LIBRARY_SCRIPTS) throw new StorageRefusal({ code: 'too-many', kind: 'library', max: MAX_LIBRARY_SCRIPTS });
    if (kind.kind === 'draft' && records.length > MAX_DRAFTS) throw new StorageRefusal({ code: 'too-many', kind: 'draft', max: MAX_DRAFTS });
    if (kind.kind === 'receipt' && records.length > MAX_STORED_RECEIPTS) throw new StorageRefusal({ code: 'too-many', kind: 'receipt', max: MAX_STORED_RECEIPTS });
    (out as unknown as Record<string, object[]>)[kind.section] = checkAll(records, kind.check, kind.key, kind.kind);
  }
  if (data.setAside) out.setAside = checkAll(data.setAside, checkSetAsideRecord, (r) => `${r.kind} ${r.id}`, 'set-aside');
  return out;
}

function checkAll<T>(records: readonly unknown[], check: (r: unknown) => T | undefined, key: (r: T) => string, kind: RefusedKind): T[] {
  const seen = new Set<string>();
  return records.map((record, i) => {
    const checked = check(structuredClone(record));
    if (!checked) throw new StorageRefusal({ code: 'invalid-restore-record', kind, position: i + 1 });
    const k = key(checked);
    if (seen.has(k)) throw new StorageRefusal({ code: 'duplicate-restore-id', kind, id: k });
    seen.add(k);
    return checked;
  });
}
