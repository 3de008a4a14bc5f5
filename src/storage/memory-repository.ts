/**
 * In-memory repository: for tests, for previews, and as the fallback when IndexedDB is missing
 * (the app then says progress will not survive a reload). Stores structured clones so callers can
 * never mutate what is stored, exactly like IndexedDB. An optional byte quota makes writes fail
 * with QuotaExceededError as a full browser store does, so "storage full" paths can be tested
 * against the same contract as Dexie. Every write builds the next state whole and commits it only
 * if it fits, which is what makes a failed write leave everything as it was.
 */
import { byId, byKey, checkAttempt, mustPass, checkBackupMeta, checkReplacement, checkSettings } from './record-checks';
import { byAddedDesc, checkSavedAssignment } from './assignment-checks';
import { byUpdatedDesc, checkReflection } from './reflection-checks';
import { byTitle, checkLibraryScript } from './library-checks';
import type { ProgressRepository } from './repository';
import {
  BACKUP_META_SCHEMA,
  DEFAULT_SETTINGS,
  type Attempt,
  type BackupData,
  type BackupMeta,
  type LibraryScript,
  type Reflection,
  type SavedAssignment,
  type Settings,
} from './types';

/** Everything stored. */
interface State {
  /** Attempts by id. */
  attempts: Map<string, Attempt>;
  /** The settings record. */
  settings: Settings;
  /** Backup facts. */
  meta: BackupMeta;
  /** Saved assignments by id. */
  assignments: Map<string, SavedAssignment>;
  /** Reflections by attempt id. */
  reflections: Map<string, Reflection>;
  /** Case files by script id. */
  library: Map<string, LibraryScript>;
}

/** Map-backed ProgressRepository. */
export class MemoryRepository implements ProgressRepository {
  readonly persistent = false;
  /** Simulated quota in bytes of stored JSON; writes beyond it throw QuotaExceededError. */
  quotaBytes: number | undefined;
  #s: State = {
    attempts: new Map(),
    settings: { ...DEFAULT_SETTINGS },
    meta: { schema: BACKUP_META_SCHEMA, lastBackupAt: null },
    assignments: new Map(),
    reflections: new Map(),
    library: new Map(),
  };

  constructor(options: { quotaBytes?: number } = {}) {
    this.quotaBytes = options.quotaBytes;
  }

  async getAttempt(id: string) {
    const a = this.#s.attempts.get(id);
    return a ? checkAttempt(structuredClone(a)) : undefined;
  }
  async activeAttempt(moduleId: string) {
    return (await this.listAttempts()).find((a) => a.moduleId === moduleId && a.status === 'active');
  }
  async listAttempts() {
    return readAll(this.#s.attempts, checkAttempt).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
  async saveAttempt(attempt: Attempt) {
    const copy = structuredClone(attempt);
    this.#commit({ attempts: new Map(this.#s.attempts).set(copy.id, copy) });
  }
  async getSettings() {
    return checkSettings(structuredClone(this.#s.settings));
  }
  async saveSettings(settings: Settings) {
    this.#commit({ settings: structuredClone(settings) });
  }
  async exportData(): Promise<BackupData> {
    return {
      attempts: byId(await this.listAttempts()),
      settings: await this.getSettings(),
      assignments: byKey(await this.listAssignments(), (a) => a.id),
      reflections: byKey(await this.listReflections(), (r) => r.attemptId),
      library: byKey(await this.listLibrary(), (l) => l.id),
    };
  }
  async replaceData(data: BackupData) {
    const c = checkReplacement(data);
    const next: Partial<State> = { attempts: new Map(c.attempts.map((a) => [a.id, a])), settings: c.settings };
    if (c.assignments) next.assignments = new Map(c.assignments.map((a) => [a.id, a]));
    if (c.reflections) next.reflections = new Map(c.reflections.map((r) => [r.attemptId, r]));
    if (c.library) next.library = new Map(c.library.map((l) => [l.id, l]));
    this.#commit(next);
  }
  async lastBackupAt() {
    return checkBackupMeta(structuredClone(this.#s.meta)).lastBackupAt;
  }
  async setLastBackupAt(iso: string) {
    this.#commit({ meta: { schema: BACKUP_META_SCHEMA, lastBackupAt: iso } });
  }

  async listAssignments() {
    return readAll(this.#s.assignments, checkSavedAssignment).sort(byAddedDesc);
  }
  async saveAssignment(assignment: SavedAssignment) {
    const copy = mustPass(checkSavedAssignment(structuredClone(assignment)), 'saved assignment');
    this.#commit({ assignments: new Map(this.#s.assignments).set(copy.id, copy) });
  }
  async deleteAssignment(id: string) {
    this.#s.assignments.delete(id);
  }

  async listReflections() {
    return readAll(this.#s.reflections, checkReflection).sort(byUpdatedDesc);
  }
  async getReflection(attemptId: string) {
    const r = this.#s.reflections.get(attemptId);
    return r ? checkReflection(structuredClone(r)) : undefined;
  }
  async saveReflection(reflection: Reflection) {
    const copy = mustPass(checkReflection(structuredClone(reflection)), 'reflection');
    this.#commit({ reflections: new Map(this.#s.reflections).set(copy.attemptId, copy) });
  }
  async deleteReflection(attemptId: string) {
    this.#s.reflections.delete(attemptId);
  }

  async listLibrary() {
    return readAll(this.#s.library, checkLibraryScript).sort(byTitle);
  }
  async getLibraryScript(id: string) {
    const l = this.#s.library.get(id);
    return l ? checkLibraryScript(structuredClone(l)) : undefined;
  }
  async saveLibraryScript(script: LibraryScript) {
    const copy = mustPass(checkLibraryScript(structuredClone(script)), 'case file');
    this.#commit({ library: new Map(this.#s.library).set(copy.id, copy) });
  }
  async deleteLibraryScript(id: string) {
    this.#s.library.delete(id);
  }

  /** Replace parts of the state, throwing as a full browser store would when the result exceeds the quota. */
  #commit(changes: Partial<State>) {
    const next = { ...this.#s, ...changes };
    if (this.quotaBytes !== undefined) {
      const { attempts, settings, meta, assignments, reflections, library } = next;
      const bytes = JSON.stringify([[...attempts.values()], settings, meta, [...assignments.values()], [...reflections.values()], [...library.values()]]).length;
      if (bytes > this.quotaBytes) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.#s = next;
  }
}

function readAll<T>(records: Map<string, T>, check: (r: unknown) => T | undefined): T[] {
  return [...records.values()].map((r) => check(structuredClone(r))).filter((r): r is T => !!r);
}
