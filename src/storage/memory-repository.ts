/**
 * In-memory repository: for tests, for previews, and as the fallback when IndexedDB is missing
 * (the app then says progress will not survive a reload). Stores structured clones so callers can
 * never mutate what is stored, exactly like IndexedDB.
 */
import { checkAttempt, checkSettings } from './record-checks';
import type { ProgressRepository } from './repository';
import { DEFAULT_SETTINGS, type Attempt, type Settings } from './types';

/** Map-backed ProgressRepository. */
export class MemoryRepository implements ProgressRepository {
  readonly persistent = false;
  #attempts = new Map<string, Attempt>();
  #settings: Settings = { ...DEFAULT_SETTINGS };

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
    this.#attempts.set(attempt.id, structuredClone(attempt));
  }
  async getSettings() {
    return checkSettings(structuredClone(this.#settings));
  }
  async saveSettings(settings: Settings) {
    this.#settings = structuredClone(settings);
  }
}
