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
 */
import Dexie, { type Table } from 'dexie';
import { byId, checkAttempt, checkBackupMeta, checkReplacement, checkSettings } from './record-checks';
import { byAddedDesc, checkSavedAssignment } from './assignment-checks';
import type { ProgressRepository } from './repository';
import { BACKUP_META_SCHEMA, type Attempt, type BackupData, type BackupMeta, type SavedAssignment, type Settings } from './types';

import { DB_NAME } from './db-name';

export { DB_NAME };

/** Current Dexie schema version. */
export const DB_VERSION = 2;

class RehearsalDB extends Dexie {
  attempts!: Table<Attempt, string>;
  settings!: Table<{ key: string; value: unknown }, string>;
  assignments!: Table<SavedAssignment, string>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ attempts: 'id, moduleId, status, updatedAt', settings: 'key' });
    this.version(2).stores({ assignments: 'id, addedAt' });
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
    return this.db.transaction('r', this.db.attempts, this.db.settings, async () => ({
      attempts: byId(await this.listAttempts()),
      settings: await this.getSettings(),
    }));
  }
  async replaceData(data: BackupData) {
    const checked = plainCopy(checkReplacement(data));
    await this.db.transaction('rw', this.db.attempts, this.db.settings, async () => {
      await this.db.attempts.clear();
      await this.db.attempts.bulkPut(checked.attempts);
      await this.db.settings.put({ key: 'settings', value: checked.settings });
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
    const checked = checkSavedAssignment(plainCopy(assignment));
    if (!checked) throw new Error('This is not a valid saved assignment.');
    await this.db.assignments.put(checked);
  }
  async deleteAssignment(id: string) {
    await this.db.assignments.delete(id);
  }
}

/** A plain, cloneable copy (reactive proxies cannot be stored in IndexedDB). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
