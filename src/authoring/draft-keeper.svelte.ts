/**
 * Keeps the authoring screen's draft in a DraftStore as the author types: every change is saved
 * after a short pause (debounced, so typing is never held up by storage), at once when asked
 * (`flush`, before leaving the screen), and restored when the screen opens. Holds only what the
 * status line and the leave warning need; the text itself lives in the editor.
 */
import { tooLongToKeep } from './too-long-to-keep';
import { leaveRisk, type Leaving } from './leave-risk';
import { readDraft } from './read-draft';
import { DRAFT_VERSION, type Draft, type DraftStatus, type DraftStore, type LeaveRisk } from './types';

/** Pause after the last change before the draft is saved, in milliseconds. */
export const SAVE_DELAY_MS = 700;

/** The draft of one authoring screen. */
export class DraftKeeper {
  #store: DraftStore;
  #delay: number;
  #status = $state<DraftStatus>('empty');
  #savedAt = $state<string | null>(null);
  // The latest text not yet handed to the store, and the timer that will hand it over.
  #pending: { text: string; fileName: string } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  // The save under way, so a flush waits for it rather than racing it.
  #saving: Promise<void> = Promise.resolve();

  constructor(store: DraftStore, delayMs = SAVE_DELAY_MS) {
    this.#store = store;
    this.#delay = delayMs;
  }

  /** Where the draft stands. */
  get status(): DraftStatus {
    return this.#status;
  }

  /** ISO time of the last save, or null. */
  get savedAt(): string | null {
    return this.#savedAt;
  }

  /** True when the store keeps a draft across reloads. */
  get durable(): boolean {
    return this.#store.durable;
  }

  /** What leaving now would lose. */
  risk(leaving: Leaving): LeaveRisk | undefined {
    return leaveRisk(leaving, { status: this.#status, durable: this.#store.durable });
  }

  /** The saved draft, checked; undefined when there is none this app can use. */
  async restore(): Promise<Draft | undefined> {
    let draft: Draft | undefined;
    try {
      draft = readDraft(await this.#store.load());
    } catch {
      draft = undefined;
    }
    if (draft?.text) {
      this.#status = 'saved';
      this.#savedAt = draft.savedAt;
    }
    return draft;
  }

  /** The author changed the text or file name: save it after a pause. */
  change(text: string, fileName: string): void {
    this.#pending = { text, fileName };
    this.#status = tooLongToKeep(text) ? 'too-long' : 'unsaved';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  /** Save what is pending now; resolves true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) this.#saving = this.#saving.then(() => this.#write(pending));
    await this.#saving;
    return this.#status === 'saved' || this.#status === 'empty';
  }

  /** Forget the draft, here and in the store (the author chose to discard it); resolves true once it is gone. */
  async discard(): Promise<boolean> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = { text: '', fileName: '' };
    return this.flush();
  }

  /** Stop the timer (the screen is going away; call `flush` first to keep the last change). */
  dispose(): void {
    clearTimeout(this.#timer);
  }

  async #write({ text, fileName }: { text: string; fileName: string }): Promise<void> {
    if (tooLongToKeep(text)) {
      this.#status = 'too-long';
      return;
    }
    if (!this.#pending) this.#status = 'saving';
    const savedAt = new Date().toISOString();
    try {
      if (text) await this.#store.save({ v: DRAFT_VERSION, text, fileName, savedAt });
      else await this.#store.clear();
    } catch {
      if (!this.#pending) this.#status = 'failed';
      return;
    }
    // A change that arrived during the save keeps the status it set.
    if (this.#pending) return;
    this.#status = text ? 'saved' : 'empty';
    this.#savedAt = text ? savedAt : null;
  }
}
