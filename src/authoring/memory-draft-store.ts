/**
 * A DraftStore in memory: what the app provides until the repository keeps drafts in IndexedDB,
 * and what the tests use. One instance lives as long as the page, so leaving the authoring screen
 * and coming back (or "Leave" from a preview) finds the draft; reloading does not (`durable`).
 */
import type { Draft, DraftStore } from './types';

/** The draft kept in a field of this object. */
export class MemoryDraftStore implements DraftStore {
  readonly durable: boolean = false;
  #draft: Draft | undefined;

  async load(): Promise<Draft | undefined> {
    return this.#draft && { ...this.#draft };
  }

  async save(d: Draft): Promise<void> {
    this.#draft = { ...d };
  }

  async clear(): Promise<void> {
    this.#draft = undefined;
  }
}
