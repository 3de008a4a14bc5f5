/**
 * In-memory repository: for tests, for previews, and as the fallback when IndexedDB is missing
 * (the app then says progress will not survive a reload). Stores structured clones so callers can
 * never mutate what is stored, exactly like IndexedDB. An optional byte quota makes writes fail
 * with QuotaExceededError as a full browser store does, so "storage full" paths can be tested
 * against the same contract as Dexie.
 */
import { byId, checkAttempt, checkBackupMeta, checkReplacement, checkSettings } from './record-checks';
import { byAddedDesc, checkSavedAssignment } from './assignment-checks';
import type { ProgressRepository } from './repository';
import { BACKUP_META_SCHEMA, DEFAULT_SETTINGS, type Attempt, type BackupData, type BackupMeta, type SavedAssignment, type Settings } from './types';

/** Map-backed ProgressRepository. */
export class MemoryRepository implements ProgressRepository {
  readonly persistent = false;
  /** Simulated quota in bytes of stored JSON; writes beyond it throw QuotaExceededError. */
  quotaBytes: number | undefined;
  #attempts = new Map<string, Attempt>();
  #settings: Settings = { ...DEFAULT_SETTINGS };
  #meta: BackupMeta = { schema: BACKUP_META_SCHEMA, lastBackupAt: null };
  #assignments = new Map<string, SavedAssignment>();

  constructor(options: { quotaBytes?: number } = {}) {
    this.quotaBytes = options.quotaBytes;
  }

  async getAttempt(id: string) {
    const a = this.#attempts.get(id);
    return a ? checkAttempt(structuredClone(a)) : undefined;
  }
  async activeAttempt(moduleId: string) {
    return (await this.listAttempts()).find((a) => a.moduleId === moduleId && a.status === 'active');
  }
  async listAttempts() {
    return [...this.#attempts.values()]
      .map((a) => checkAttempt(structuredClone(a)))
      .filter((a): a is Attempt => !!a)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
  async saveAttempt(attempt: Attempt) {
    const copy = structuredClone(attempt);
    this.#ensureRoom(() => new Map(this.#attempts).set(copy.id, copy));
    this.#attempts.set(copy.id, copy);
  }
  async getSettings() {
    return checkSettings(structuredClone(this.#settings));
  }
  async saveSettings(settings: Settings) {
    const copy = structuredClone(settings);
    this.#ensureRoom(() => this.#attempts, copy);
    this.#settings = copy;
  }
  async exportData(): Promise<BackupData> {
    return { attempts: byId(await this.listAttempts()), settings: await this.getSettings() };
  }
  async replaceData(data: BackupData) {
    const checked = checkReplacement(data);
    const attempts = new Map(checked.attempts.map((a) => [a.id, a]));
    this.#ensureRoom(() => attempts, checked.settings);
    this.#attempts = attempts;
    this.#settings = checked.settings;
  }
  async lastBackupAt() {
    return checkBackupMeta(structuredClone(this.#meta)).lastBackupAt;
  }
  async setLastBackupAt(iso: string) {
    const meta: BackupMeta = { schema: BACKUP_META_SCHEMA, lastBackupAt: iso };
    this.#ensureRoom(() => this.#attempts, this.#settings, meta);
    this.#meta = meta;
  }

  async listAssignments() {
    return [...this.#assignments.values()]
      .map((a) => checkSavedAssignment(structuredClone(a)))
      .filter((a): a is SavedAssignment => !!a)
      .sort(byAddedDesc);
  }
  async saveAssignment(assignment: SavedAssignment) {
    const copy = checkSavedAssignment(structuredClone(assignment));
    if (!copy) throw new Error('This is not a valid saved assignment.');
    this.#ensureRoom(() => this.#attempts, this.#settings, this.#meta, new Map(this.#assignments).set(copy.id, copy));
    this.#assignments.set(copy.id, copy);
  }
  async deleteAssignment(id: string) {
    this.#assignments.delete(id);
  }

  /** Throw as a full browser store would when the state after a write exceeds the quota. */
  #ensureRoom(attempts: () => Map<string, Attempt>, settings = this.#settings, meta = this.#meta, assignments = this.#assignments) {
    if (this.quotaBytes === undefined) return;
    const bytes = JSON.stringify([[...attempts().values()], settings, meta, [...assignments.values()]]).length;
    if (bytes > this.quotaBytes) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}
