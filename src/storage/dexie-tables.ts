/**
 * The table port over IndexedDB, through Dexie. The schema is versioned: released versions are
 * never edited; a change adds `version(n + 1)` with an `upgrade()` when rows must change (Dexie's
 * Version.upgrade), and every released version has a fixture database in `tests/fixtures/db/`.
 * Writes use strict durability, so a resolved save survives a crash (what lets the session save
 * each choice before the view moves on); a transaction that fails rolls back whole. Strict stays
 * although relaxed would be quicker: its commit is about 2–6 ms of a choice's save (median,
 * `npm run bench`), and a choice shown but lost in a crash would break the README's promise.
 *
 * Released schema versions:
 *   1: attempts (id, moduleId, status, updatedAt), settings (key).
 *   2: adds assignments (id, addedAt): assignments the learner added from links. Nothing to
 *      upgrade: the new table starts empty and the old tables are unchanged.
 *   3: adds reflections (attemptId, moduleId, updatedAt) and library (id, addedAt): private
 *      reflections and imported case files. Nothing to upgrade: both start empty.
 *   4: adds setAside ([kind+id], kind): records set aside by a restore (attempts that could not be
 *      resumed, set-aside records of a backup that are still unusable). Nothing to upgrade: it
 *      starts empty, and records that fail their checks in the other tables stay where they are.
 *   5: adds drafts (id, savedAt): the authoring screen's draft, saved as the author types; and
 *      receipts (id, importedAt): receipt files the instructor imported. Nothing to upgrade: both
 *      start empty.
 */
import Dexie, { type IndexableType } from 'dexie';
import type { RowKey, RowMatch, TableName, TablePort, TableTx } from './table-port';

/** Current Dexie schema version. */
export const DB_VERSION = 5;

/** The app's IndexedDB database, declared with every released schema version (not opened yet). */
export function rehearsalDB(name: string): Dexie {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ attempts: 'id, moduleId, status, updatedAt', settings: 'key' });
  db.version(2).stores({ assignments: 'id, addedAt' });
  db.version(3).stores({ reflections: 'attemptId, moduleId, updatedAt', library: 'id, addedAt' });
  db.version(4).stores({ setAside: '[kind+id], kind' });
  db.version(5).stores({ drafts: 'id, savedAt', receipts: 'id, importedAt' });
  return db;
}

/** Dexie-backed TablePort. */
export class DexieTables implements TablePort {
  constructor(readonly db: Dexie) {}

  transaction<T>(mode: 'r' | 'rw', tables: readonly TableName[], work: (tx: TableTx) => Promise<T>): Promise<T> {
    const db = this.db;
    const table = (t: TableName) => db.table(t);
    const key = (k: RowKey) => k as IndexableType;
    const tx: TableTx = {
      get: (t, k) => table(t).get(key(k)),
      list: (t, match?: RowMatch) => (match ? table(t).where(match.index).equals(match.equals).toArray() : table(t).toArray()),
      put: async (t, row) => void (await table(t).put(row)),
      delete: (t, k) => table(t).delete(key(k)),
      clear: (t) => table(t).clear(),
    };
    return db.transaction(mode, [...tables], () => work(tx));
  }
}
