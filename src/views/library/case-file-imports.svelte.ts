/**
 * The state behind an import control: one report per file, newest batch only, each kept until the
 * next batch so the learner can read every message and decide on every "another version" question.
 * Files are imported one after another (a second drop waits for the first), because each import
 * reads the library to decide new / same / other version. The import itself is the library's
 * (`importCaseFile`), so the library screen and the authoring screen give the same answers.
 */
import { importCaseFile, replaceCaseFile, type LibraryStore } from '../../library/import-case-file';
import type { PickedFile } from '../../library/read-case-file';
import type { ImportOutcome, CaseFileText } from '../../library/types';
import type { LibraryScript } from '../../storage/types';
import { isStorageFull } from '../../storage/storage-full';

/** One file's line in the report. */
export interface ImportReport {
  /** Key for the list (unique within the control's life). */
  key: number;
  /** What the import did. */
  result: ImportOutcome;
  /** The learner declined to replace the stored version. */
  kept: boolean;
}

export class CaseFileImports {
  #reports = $state.raw<ImportReport[]>([]);
  #busy = $state(false);
  #queue: Promise<unknown> = Promise.resolve();
  #next = 0;
  readonly #store: () => PromiseLike<LibraryStore>;
  readonly #onimported: (record: LibraryScript) => void;

  /** `store` is awaited on first use; `onimported` hears of every record added or replaced. */
  constructor(store: () => PromiseLike<LibraryStore>, onimported: (record: LibraryScript) => void = () => undefined) {
    this.#store = store;
    this.#onimported = onimported;
  }

  /** Reports of the latest batch, in the order the files were given. */
  get reports(): ImportReport[] { return this.#reports; }
  /** True while files are being checked. */
  get busy(): boolean { return this.#busy; }

  /** Import picked or dropped files, each reported separately. */
  importFiles(files: readonly PickedFile[]): Promise<void> {
    return this.#batch(files);
  }

  /** Import a text (the authoring screen's script). */
  importText(text: CaseFileText): Promise<void> {
    return this.#batch([text]);
  }

  /** Replace the stored version with the one in this report's file. */
  async replace(report: ImportReport): Promise<void> {
    if (report.result.kind !== 'other-version') return;
    const pending = report.result;
    const result = await replaceCaseFile(await this.#store(), pending).catch((e: unknown) => failed(pending.fileName, e));
    this.#update(report.key, { result, kept: false });
    if (result.kind === 'replaced') this.#onimported(result.record);
  }

  /** Forget the reports (the text they were about has changed). */
  clear(): void {
    this.#reports = [];
  }

  /** Keep the stored version; this report's file is not imported. */
  keep(report: ImportReport): void {
    this.#update(report.key, { kept: true });
  }

  #batch(inputs: readonly (PickedFile | CaseFileText)[]): Promise<void> {
    const run = async () => {
      if (!inputs.length) return;
      this.#busy = true;
      this.#reports = [];
      try {
        const store = await this.#store();
        for (const input of inputs) {
          const name = 'source' in input ? input.fileName : input.name;
          const result = await importCaseFile(store, input).catch((e: unknown) => failed(name, e));
          this.#reports = [...this.#reports, { key: this.#next++, result, kept: false }];
          if (result.kind === 'added') this.#onimported(result.record);
        }
      } finally {
        this.#busy = false;
      }
    };
    const done = this.#queue.then(run);
    this.#queue = done.catch(() => undefined);
    return done;
  }

  #update(key: number, change: Partial<ImportReport>) {
    this.#reports = this.#reports.map((r) => (r.key === key ? { ...r, ...change } : r));
  }
}

/** A storage failure as a problem the report words (what happened and what to do), never the browser's own message. */
function failed(fileName: string, e: unknown): ImportOutcome {
  return { kind: 'refused', fileName, problems: [{ code: 'not-saved', full: isStorageFull(e) }] };
}
