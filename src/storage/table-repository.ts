/**
 * The one ProgressRepository, written once over the table port (`table-port.ts`): Dexie and memory
 * differ only in the port they hand it. Every write is checked against its kind's schema before
 * it is stored (a plain JSON copy, so reactive proxies and `undefined` never reach a table) and
 * every read is checked before anyone uses it. A record that fails its check on read is not
 * used and not dropped: it stays where it is and is reported as set aside (`listSetAside`), and
 * backups carry it. A restore replaces data in one transaction, all or nothing. A step's save
 * (`saveAttemptIfUnchanged`) reads the stored attempt, compares it and writes in one transaction,
 * checking only the compared fields of the stored row (`attempt-moved-on.ts`) and all of the new.
 */
import * as v from 'valibot';
import { attemptMovedOn } from './attempt-moved-on';
import { ALL_KINDS, KINDS, sectionOf, type KindInfo } from './record-kinds';
import { byKey, checkBackupMeta, checkSettings, mustPass, SettingsSchema } from './record-checks';
import { checkReplacement } from './replacement-checks';
import { StorageRefusal } from './storage-refusal';
import { bySetAsideKey, checkSetAsideRecord, setAsideOf, withUniqueIds } from './set-aside';
import { KEY_PATHS, TABLES, type TablePort, type TableTx } from './table-port';
import type { ProgressRepository } from './repository';
import {
  BACKUP_META_SCHEMA,
  type Attempt,
  type AttemptSaveOutcome,
  type BackupData,
  type BackupMeta,
  type LibraryScript,
  type RecordKind,
  type Reflection,
  type SavedAssignment,
  type SeenAttempt,
  type SetAsideRecord,
  type Settings,
  type StoredDraft,
  type StoredReceipt,
} from './types';

/** Keys of the two rows of the settings table. */
const SETTINGS_KEY = 'settings';
const BACKUP_KEY = 'backup';

/** What one read of every table found. */
interface Scan {
  /** Readable records per kind, unordered. */
  records: Record<RecordKind, object[]>;
  /** The stored settings row's value. */
  settings: unknown;
  /** Unreadable records where they are, then the set-aside table's. */
  setAside: SetAsideRecord[];
}

/** ProgressRepository over a TablePort. */
export class TableRepository implements ProgressRepository {
  constructor(readonly port: TablePort) {}

  getAttempt(id: string) {
    return this.#get(KINDS.attempt, id);
  }
  async activeAttempt(moduleId: string) {
    const rows = await this.port.transaction('r', ['attempts'], (tx) => tx.list('attempts', { index: 'moduleId', equals: moduleId }));
    return readable(KINDS.attempt, rows).filter((a) => a.status === 'active' && a.moduleId === moduleId)[0];
  }
  listAttempts() {
    return this.#list(KINDS.attempt);
  }
  saveAttempt(attempt: Attempt) {
    return this.#save(KINDS.attempt, attempt);
  }
  async saveAttemptIfUnchanged(attempt: Attempt, seen: SeenAttempt): Promise<AttemptSaveOutcome> {
    const checked = mustPass(KINDS.attempt.check(plainCopy(attempt)), 'attempt');
    return this.port.transaction('rw', ['attempts'], async (tx) => {
      const stored = await tx.get('attempts', checked.id);
      if (stored !== undefined && attemptMovedOn(stored, seen)) return 'moved-on';
      await tx.put('attempts', checked);
      return 'saved';
    });
  }

  async getSettings() {
    const row = await this.port.transaction('r', ['settings'], (tx) => tx.get('settings', SETTINGS_KEY));
    return checkSettings(valueOf(row));
  }
  async saveSettings(settings: Settings) {
    const checked = v.safeParse(SettingsSchema, plainCopy(settings));
    if (!checked.success) throw new StorageRefusal({ code: 'invalid-settings' });
    await this.port.transaction('rw', ['settings'], (tx) => tx.put('settings', { key: SETTINGS_KEY, value: checked.output }));
  }
  async lastBackupAt() {
    const row = await this.port.transaction('r', ['settings'], (tx) => tx.get('settings', BACKUP_KEY));
    return checkBackupMeta(valueOf(row)).lastBackupAt;
  }
  async setLastBackupAt(iso: string) {
    const meta: BackupMeta = { schema: BACKUP_META_SCHEMA, lastBackupAt: iso };
    if (checkBackupMeta(plainCopy(meta)).lastBackupAt !== iso) throw new StorageRefusal({ code: 'invalid-backup-time' });
    await this.port.transaction('rw', ['settings'], (tx) => tx.put('settings', { key: BACKUP_KEY, value: meta }));
  }

  listAssignments() {
    return this.#list(KINDS.assignment);
  }
  saveAssignment(assignment: SavedAssignment) {
    return this.#save(KINDS.assignment, assignment);
  }
  deleteAssignment(id: string) {
    return this.#delete(KINDS.assignment, id);
  }
  listReflections() {
    return this.#list(KINDS.reflection);
  }
  getReflection(attemptId: string) {
    return this.#get(KINDS.reflection, attemptId);
  }
  saveReflection(reflection: Reflection) {
    return this.#save(KINDS.reflection, reflection);
  }
  deleteReflection(attemptId: string) {
    return this.#delete(KINDS.reflection, attemptId);
  }
  listLibrary() {
    return this.#list(KINDS.library);
  }
  getLibraryScript(id: string) {
    return this.#get(KINDS.library, id);
  }
  saveLibraryScript(script: LibraryScript) {
    return this.#save(KINDS.library, script);
  }
  deleteLibraryScript(id: string) {
    return this.#delete(KINDS.library, id);
  }

  listDrafts() {
    return this.#list(KINDS.draft);
  }
  getDraft(id: string) {
    return this.#get(KINDS.draft, id);
  }
  saveDraft(draft: StoredDraft) {
    return this.#save(KINDS.draft, draft);
  }
  deleteDraft(id: string) {
    return this.#delete(KINDS.draft, id);
  }

  listReceipts() {
    return this.#list(KINDS.receipt);
  }
  saveReceipt(receipt: StoredReceipt) {
    return this.#save(KINDS.receipt, receipt);
  }
  deleteReceipt(id: string) {
    return this.#delete(KINDS.receipt, id);
  }

  async listSetAside() {
    return (await this.port.transaction('r', TABLES, scan)).setAside;
  }

  async exportData(): Promise<BackupData> {
    const found = await this.port.transaction('r', TABLES, scan);
    const section = <T extends object>(kind: KindInfo<T>) => byKey(found.records[kind.kind] as T[], kind.key);
    return {
      attempts: section(KINDS.attempt),
      settings: checkSettings(found.settings),
      assignments: section(KINDS.assignment),
      reflections: section(KINDS.reflection),
      library: section(KINDS.library),
      setAside: found.setAside,
      drafts: section(KINDS.draft),
      receipts: section(KINDS.receipt),
    };
  }

  async replaceData(data: BackupData) {
    const c = checkReplacement(plainCopy(data));
    const replaced = new Set(ALL_KINDS.filter((k) => sectionOf(c, k)).map((k) => k.kind));
    await this.port.transaction('rw', TABLES, async (tx) => {
      for (const kind of ALL_KINDS) {
        const records = sectionOf(c, kind);
        if (!records) continue;
        await tx.clear(kind.table);
        for (const record of records) await tx.put(kind.table, record);
      }
      await tx.put('settings', { key: SETTINGS_KEY, value: c.settings });
      // A set-aside record belongs to its kind: replacing a kind replaces its set-aside records too.
      for (const row of await tx.list('setAside')) {
        const entry = row as Partial<SetAsideRecord>;
        if (entry.kind && replaced.has(entry.kind)) await tx.delete('setAside', [entry.kind, String(entry.id)]);
      }
      for (const entry of c.setAside ?? []) await tx.put('setAside', entry);
    });
  }

  async #get<T extends object>(kind: KindInfo<T>, key: string): Promise<T | undefined> {
    const row = await this.port.transaction('r', [kind.table], (tx) => tx.get(kind.table, key));
    return row === undefined ? undefined : kind.check(row);
  }
  async #list<T extends object>(kind: KindInfo<T>): Promise<T[]> {
    return readable(kind, await this.port.transaction('r', [kind.table], (tx) => tx.list(kind.table)));
  }
  async #save<T extends object>(kind: KindInfo<T>, record: T): Promise<void> {
    const checked = mustPass(kind.check(plainCopy(record)), kind.kind);
    await this.port.transaction('rw', [kind.table], (tx) => tx.put(kind.table, checked));
  }
  async #delete<T extends object>(kind: KindInfo<T>, key: string): Promise<void> {
    await this.port.transaction('rw', [kind.table], (tx) => tx.delete(kind.table, key));
  }
}

/** The readable records of `rows`, in the kind's list order. */
function readable<T extends object>(kind: KindInfo<T>, rows: unknown[]): T[] {
  return rows.map((r) => kind.check(r)).filter((r): r is T => r !== undefined).sort((a, b) => kind.order(a, b));
}

/** Read every table once: readable records, the settings, and every set-aside record. */
async function scan(tx: TableTx): Promise<Scan> {
  const records = {} as Record<RecordKind, object[]>;
  const unreadable: SetAsideRecord[] = [];
  for (const kind of ALL_KINDS) {
    records[kind.kind] = [];
    for (const row of await tx.list(kind.table)) {
      const checked = kind.check(row);
      if (checked) records[kind.kind].push(checked);
      else unreadable.push(setAsideOf(kind.kind, (row as Record<string, unknown> | null)?.[KEY_PATHS[kind.table] as string], 'unreadable', row));
    }
  }
  const settings = valueOf(await tx.get('settings', SETTINGS_KEY));
  // A row of the set-aside table that is itself damaged stays where it is (it cannot say what it is).
  const stored = (await tx.list('setAside')).map(checkSetAsideRecord).filter((r): r is SetAsideRecord => !!r);
  const setAside = withUniqueIds([...stored, ...unreadable].sort(bySetAsideKey)).sort(bySetAsideKey);
  return { records, settings, setAside };
}

/** The `value` of a settings-table row. */
function valueOf(row: unknown): unknown {
  return (row as { value?: unknown } | undefined)?.value;
}

/** A plain, cloneable copy (reactive proxies cannot be stored; JSON is what a backup holds). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value) ?? 'null') as T;
}
