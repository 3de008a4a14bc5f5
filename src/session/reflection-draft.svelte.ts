/**
 * The learner's private reflection on one finished attempt, as it is being written at the debrief.
 * A small reactive class (like `Session`) so the panel stays thin and these rules are tested
 * without a DOM:
 *
 * - The text in the field is the source of truth until a save succeeds. A failed save (storage
 *   full, a record refused) never takes text away; it only says why and what to do.
 * - Saving is explicit; `autosave` (on leaving the field or the page) saves only what could be
 *   saved without a question, and is silent when there is nothing to do.
 * - It says what happened as codes and data (`status`, `error`, `limit`); the panel words them
 *   (`m.reflections`). The limit notice changes only when a threshold is crossed, so a screen
 *   reader is not told the count on every key press.
 *
 * Nothing here sends anything anywhere: the repository is on this device.
 */
import { MAX_REFLECTION_CHARS } from '../storage/reflection-checks';
import { isStorageFull } from '../storage/storage-full';
import type { ProgressRepository } from '../storage/repository';
import { REFLECTION_SCHEMA, type Reflection } from '../storage/types';
import type { DraftError, DraftLimit, DraftStatus } from './types';

export { MAX_REFLECTION_CHARS };

/** What the browser said about a failure (its message or name), or '' when it said nothing. */
function reason(e: unknown): string {
  const { name = '', message = '' } = (e ?? {}) as { name?: string; message?: string };
  return message || name;
}

export class ReflectionDraft {
  /** The attempt the reflection is about. */
  readonly attemptId: string;
  /** Its module. */
  readonly moduleId: string;
  readonly #repo: ProgressRepository;
  readonly #now: () => Date;
  readonly #onSaved: (saved: Reflection) => void;
  #saved = $state.raw<Reflection | undefined>();
  #text = $state('');
  #loaded = $state(false);
  #busy = $state(false);
  #status = $state<DraftStatus>('');
  #error = $state.raw<DraftError | undefined>();
  #pending: Promise<boolean> | undefined;

  /** `onSaved` is told after each successful save (a SCORM package counts it as participation). */
  constructor(repo: ProgressRepository, attemptId: string, moduleId: string, options: { now?: () => Date; onSaved?: (saved: Reflection) => void } = {}) {
    this.#repo = repo;
    this.attemptId = attemptId;
    this.moduleId = moduleId;
    this.#now = options.now ?? (() => new Date());
    this.#onSaved = options.onSaved ?? (() => undefined);
  }

  /** What is in the field. */
  get text(): string { return this.#text; }
  set text(value: string) {
    this.#text = value;
    this.#status = '';
  }
  /** True once the saved reflection (if any) has been read. */
  get loaded(): boolean { return this.#loaded; }
  /** True while saving or deleting. */
  get busy(): boolean { return this.#busy; }
  /** The reflection as last saved on this device, if there is one. */
  get saved(): Reflection | undefined { return this.#saved; }
  /** True when the field differs from what is saved. */
  get dirty(): boolean { return this.#text !== (this.#saved?.text ?? ''); }
  /** Characters in the field. */
  get length(): number { return this.#text.length; }
  /** True when the field holds more than may be saved. */
  get overLimit(): boolean { return this.#text.length > MAX_REFLECTION_CHARS; }
  /** The last thing that went well, for a polite live region; '' when there is nothing to say. */
  get status(): DraftStatus { return this.#status; }
  /** The last thing that went wrong; undefined when nothing did. */
  get error(): DraftError | undefined { return this.#error; }

  /** Near the limit only: where the text stands, changing only when a threshold is crossed; else undefined. */
  get limit(): DraftLimit | undefined {
    const left = MAX_REFLECTION_CHARS - this.#text.length;
    if (left < 0) return { kind: 'over', max: MAX_REFLECTION_CHARS };
    if (left === 0) return { kind: 'reached', max: MAX_REFLECTION_CHARS };
    const near = [100, 500, 1000].find((n) => left <= n);
    return near ? { kind: 'near', fewerThan: near } : undefined;
  }

  /** Read the saved reflection; text already typed is never replaced. */
  async load(): Promise<void> {
    try {
      const r = await this.#repo.getReflection(this.attemptId);
      this.#saved = r;
      if (r && this.#text === '') this.#text = r.text;
    } catch (e) {
      this.#error = { code: 'readFailed', detail: reason(e) };
    } finally {
      this.#loaded = true;
    }
  }

  /** Save the field; resolves to true when it is saved. On failure the text stays and `error` says why. */
  async save(): Promise<boolean> {
    while (this.#pending) await this.#pending;
    this.#pending = this.#write();
    try {
      return await this.#pending;
    } finally {
      this.#pending = undefined;
    }
  }

  /** Save without a word when there is something savable (on leaving the field or the page). */
  async autosave(): Promise<boolean> {
    if (!this.dirty || !this.#text.trim() || this.overLimit) return false;
    return this.save();
  }

  /** Delete the saved reflection and empty the field; on failure it stays saved and `error` says why. */
  async delete(): Promise<boolean> {
    while (this.#pending) await this.#pending;
    this.#status = '';
    this.#error = undefined;
    this.#busy = true;
    try {
      await this.#repo.deleteReflection(this.attemptId);
      this.#saved = undefined;
      this.#text = '';
      this.#status = 'deleted';
      return true;
    } catch (e) {
      this.#error = { code: 'deleteFailed', detail: reason(e) };
      return false;
    } finally {
      this.#busy = false;
    }
  }

  async #write(): Promise<boolean> {
    this.#status = '';
    this.#error = undefined;
    const text = this.#text;
    if (text.length > MAX_REFLECTION_CHARS) {
      this.#error = { code: 'tooLong', length: text.length, max: MAX_REFLECTION_CHARS };
      return false;
    }
    if (!text.trim()) {
      if (this.#saved) this.#error = { code: 'emptyField' };
      else this.#status = 'nothingToSave';
      return false;
    }
    if (!this.dirty) {
      this.#status = 'saved';
      return true;
    }
    const now = this.#now().toISOString();
    const next: Reflection = {
      schema: REFLECTION_SCHEMA,
      attemptId: this.attemptId,
      moduleId: this.moduleId,
      text,
      createdAt: this.#saved?.createdAt ?? now,
      updatedAt: now,
    };
    this.#busy = true;
    try {
      await this.#repo.saveReflection(next);
      this.#saved = next;
      this.#status = 'saved';
      this.#onSaved(next);
      return true;
    } catch (e) {
      this.#error = isStorageFull(e) ? { code: 'storageFull' } : { code: 'saveFailed', detail: reason(e) };
      return false;
    } finally {
      this.#busy = false;
    }
  }
}
