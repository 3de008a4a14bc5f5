/**
 * The case library screen's list: the stored case files (read, never compiled, to list them),
 * which one is waiting for a "remove?" confirmation, and the last thing done, for the live region.
 * Removing a case file keeps every attempt played on it (storage never cascades), so the learner's
 * progress and debriefs stay; only playing it again needs the file. Storage comes as a promise, so
 * the screen renders before storage opens; a browser with no saved data at all has an empty
 * library and never opens it here.
 */
import { caseFileName, downloadCaseFile } from '../../library/download-case-file';
import type { ProgressRepository } from '../../storage/repository';
import type { LibraryScript } from '../../storage/types';
import { m } from '../../i18n/messages';

type Store = Pick<ProgressRepository, 'listLibrary' | 'deleteLibraryScript'>;

export class CaseLibrary {
  #records = $state.raw<LibraryScript[] | undefined>();
  #confirming = $state<string | undefined>();
  #status = $state('');
  readonly #store: () => PromiseLike<Store>;
  readonly #hasData: () => Promise<boolean>;

  constructor(store: () => PromiseLike<Store>, hasData: () => Promise<boolean> = async () => true) {
    this.#store = store;
    this.#hasData = hasData;
  }

  /** Case files by title, or undefined until read. */
  get records(): LibraryScript[] | undefined { return this.#records; }
  /** Id of the case file whose removal is being confirmed. */
  get confirming(): string | undefined { return this.#confirming; }
  /** What was last done, in words. */
  get status(): string { return this.#status; }

  /** Read the list again (after an import). */
  async refresh(): Promise<void> {
    this.#records = (await this.#hasData()) ? await (await this.#store()).listLibrary() : [];
  }

  /** Ask before removing `id`. */
  ask(id: string): void {
    this.#confirming = id;
  }

  /** Do not remove after all. */
  cancel(): void {
    this.#confirming = undefined;
  }

  /** Remove a case file; its attempts stay. */
  async remove(record: LibraryScript): Promise<void> {
    await (await this.#store()).deleteLibraryScript(record.id);
    this.#confirming = undefined;
    this.#status = m.library.removed(record.title);
    await this.refresh();
  }

  /** Save the exact source as `<id>.md`. */
  download(record: LibraryScript): void {
    downloadCaseFile(record.id, record.source);
    this.#status = m.library.downloading(caseFileName(record.id));
  }
}
