/**
 * IndexedDB through Dexie. The schema is versioned: released versions are never edited; a change
 * adds `version(n + 1)` with an `upgrade()` (Dexie's Version.upgrade, like H5P's upgrades.js).
 * Writes use strict durability so a resolved save survives a crash, which is what lets the session
 * save each choice before the view moves on.
 *
 * Released schema versions:
 *   1: attempts (id, moduleId, status, updatedAt), settings (key).
 */
import Dexie, { type Table } from 'dexie';
import { checkAttempt, checkSettings } from './record-checks';
import type { ProgressRepository } from './repository';
import type { Attempt, Settings } from './types';

/** Default database name. */
export const DB_NAME = 'balint-rehearsal';

/** Current Dexie schema version. */
export const DB_VERSION = 1;

class RehearsalDB extends Dexie {
  attempts!: Table<Attempt, string>;
  settings!: Table<{ key: string; value: unknown }, string>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ attempts: 'id, moduleId, status, updatedAt', settings: 'key' });
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
}

/** A plain, cloneable copy (reactive proxies cannot be stored in IndexedDB). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
