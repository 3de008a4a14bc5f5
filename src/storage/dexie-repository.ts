/**
 * IndexedDB through Dexie. The schema is versioned: released versions are never edited; a change
 * adds `version(n + 1)` with an `upgrade()` (Dexie's Version.upgrade, like H5P's upgrades.js).
 * Writes use strict durability so a resolved save survives a crash, which is what lets the session
 * save each choice before the view moves on. A restore replaces the data inside one `rw`
 * transaction (clear, then bulkPut), so a failed write rolls back and leaves the old data whole.
 * The time of the last backup lives in the settings table under its own key (no schema change).
 *
 * Released schema versions:
 *   1: attempts (id, moduleId, status, updatedAt), settings (key).
 *   2: adds assignments (id, addedAt): assignments the learner added from links. Nothing to
 *      upgrade: the new table starts empty and the old tables are unchanged.
 *   3: adds reflections (attemptId, moduleId, updatedAt) and library (id, addedAt): private
 *      reflections and imported case files. Nothing to upgrade: both start empty.
 */
import Dexie, { type Table } from 'dexie';
import { byId, byKey, checkAttempt, mustPass, checkBackupMeta, checkReplacement, checkSettings } from './record-checks';
import { byAddedDesc, checkSavedAssignment } from './assignment-checks';
import { byUpdatedDesc, checkReflection } from './reflection-checks';
import { byTitle, checkLibraryScript } from './library-checks';
import type { ProgressRepository } from './repository';
import { BACKUP_META_SCHEMA, type Attempt, type BackupData, type BackupMeta, type LibraryScript, type Reflection, type SavedAssignment, type Settings } from './types';

import { DB_NAME } from './db-name';

export { DB_NAME };

/** Current Dexie schema version. */
export const DB_VERSION = 3;

class RehearsalDB extends Dexie {
  attempts!: Table<Attempt, string>;
  settings!: Table<{ key: string; value: unknown }, string>;
  assignments!: Table<SavedAssignment, string>;
  reflections!: Table<Reflection, string>;
  library!: Table<LibraryScript, string>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ attempts: 'id, moduleId, status, updatedAt', settings: 'key' });
    this.version(2).stores({ assignments: 'id, addedAt' });
    this.version(3).stores({ reflections: 'attemptId, moduleId, updatedAt', library: 'id, addedAt' });
  }
}

/** Dexie-backed ProgressRepository. */
export class DexieRepository implements ProgressRepository {
  readonly persistent = true;
  readonly db: RehearsalDB;
  constructor(name = DB_NAME) {
    this.db = new RehearsalDB(name);
  }
  async getAttempt(id: string) {
    return checkAttempt(await this.db.attempts.get(id));
  }
  async activeAttempt(moduleId: string) {
    const rows = await this.db.attempts.where('moduleId').equals(moduleId).toArray();
    return rows
      .map(checkAttempt)
      .filter((a): a is Attempt => !!a && a.status === 'active')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  }
  async listAttempts() {
    const rows = await this.db.attempts.orderBy('updatedAt').reverse().toArray();
    return rows.map(checkAttempt).filter((a): a is Attempt => !!a);
  }
  async saveAttempt(attempt: Attempt) {
    await this.db.attempts.put(plainCopy(attempt));
  }
  async getSettings() {
    return checkSettings((await this.db.settings.get('settings'))?.value);
  }
  async saveSettings(settings: Settings) {
    await this.db.settings.put({ key: 'settings', value: plainCopy(settings) });
  }
  async exportData(): Promise<BackupData> {
    const db = this.db;
    return db.transaction('r', [db.attempts, db.settings, db.assignments, db.reflections, db.library], async () => ({
      attempts: byId(await this.listAttempts()),
      settings: await this.getSettings(),
      assignments: byKey(await this.listAssignments(), (a) => a.id),
      reflections: byKey(await this.listReflections(), (r) => r.attemptId),
      library: byKey(await this.listLibrary(), (l) => l.id),
    }));
  }
  async replaceData(data: BackupData) {
    const checked = plainCopy(checkReplacement(data));
    const db = this.db;
    await db.transaction('rw', [db.attempts, db.settings, db.assignments, db.reflections, db.library], async () => {
      await db.attempts.clear();
      await db.attempts.bulkPut(checked.attempts);
      await db.settings.put({ key: 'settings', value: checked.settings });
      for (const [table, rows] of [[db.assignments, checked.assignments], [db.reflections, checked.reflections], [db.library, checked.library]] as const) {
        if (!rows) continue;
        await table.clear();
        await (table as Table<unknown, string>).bulkPut(rows);
      }
    });
  }
  async lastBackupAt() {
    return checkBackupMeta((await this.db.settings.get('backup'))?.value).lastBackupAt;
  }
  async setLastBackupAt(iso: string) {
    const meta: BackupMeta = { schema: BACKUP_META_SCHEMA, lastBackupAt: iso };
    await this.db.settings.put({ key: 'backup', value: meta });
  }
  async listAssignments() {
    const rows = await this.db.assignments.toArray();
    return rows.map(checkSavedAssignment).filter((a): a is SavedAssignment => !!a).sort(byAddedDesc);
  }
  async saveAssignment(assignment: SavedAssignment) {
    await this.db.assignments.put(mustPass(checkSavedAssignment(plainCopy(assignment)), 'saved assignment'));
  }
  async deleteAssignment(id: string) {
    await this.db.assignments.delete(id);
  }
  async listReflections() {
    return (await this.db.reflections.toArray()).map(checkReflection).filter((r): r is Reflection => !!r).sort(byUpdatedDesc);
  }
  async getReflection(attemptId: string) {
    return checkReflection(await this.db.reflections.get(attemptId));
  }
  async saveReflection(reflection: Reflection) {
    await this.db.reflections.put(mustPass(checkReflection(plainCopy(reflection)), 'reflection'));
  }
  async deleteReflection(attemptId: string) {
    await this.db.reflections.delete(attemptId);
  }
  async listLibrary() {
    return (await this.db.library.toArray()).map(checkLibraryScript).filter((l): l is LibraryScript => !!l).sort(byTitle);
  }
  async getLibraryScript(id: string) {
    return checkLibraryScript(await this.db.library.get(id));
  }
  async saveLibraryScript(script: LibraryScript) {
    await this.db.library.put(mustPass(checkLibraryScript(plainCopy(script)), 'case file'));
  }
  async deleteLibraryScript(id: string) {
    await this.db.library.delete(id);
  }
}

/** A plain, cloneable copy (reactive proxies cannot be stored in IndexedDB). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
