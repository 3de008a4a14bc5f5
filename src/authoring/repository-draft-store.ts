/**
 * The DraftStore the app uses: the authoring screen's one draft kept in the app's repository
 * (IndexedDB), so it outlives reloading and closing the page, and goes into backups with the rest
 * of the learner's data. Storage opens lazily: nothing is opened until the screen asks for its
 * draft. When the browser gives the app no lasting storage (the repository fell back to memory),
 * the store says so (`durable` false) once it has opened, and the screen says so in words.
 */
import type { ProgressRepository } from '../storage/repository';
import { STORED_DRAFT_SCHEMA } from '../storage/types';
import type { Draft, DraftStore } from './types';

/** The id the authoring screen's draft is kept under. */
export const AUTHORING_DRAFT_ID = 'authoring';

/** A DraftStore over the app's repository. */
export class RepositoryDraftStore implements DraftStore {
  #repo: () => Promise<ProgressRepository & { persistent: boolean }>;
  #durable = true;

  /** `repo` opens (or returns) the app's repository. */
  constructor(repo: () => Promise<ProgressRepository & { persistent: boolean }>) {
    this.#repo = repo;
  }

  /** True unless the repository turned out to live in memory. */
  get durable(): boolean {
    return this.#durable;
  }

  async load(): Promise<Draft | undefined> {
    const stored = await (await this.#open()).getDraft(AUTHORING_DRAFT_ID);
    return stored && { v: 1, text: stored.source, fileName: stored.fileName, savedAt: stored.savedAt };
  }

  async save(d: Draft): Promise<void> {
    const repo = await this.#open();
    await repo.saveDraft({ schema: STORED_DRAFT_SCHEMA, id: AUTHORING_DRAFT_ID, source: d.text, fileName: d.fileName, savedAt: d.savedAt });
  }

  async clear(): Promise<void> {
    await (await this.#open()).deleteDraft(AUTHORING_DRAFT_ID);
  }

  async #open() {
    const repo = await this.#repo();
    this.#durable = repo.persistent;
    return repo;
  }
}
