/**
 * The instructor's imported receipts, as reactive state. Files are read one by one (each check is
 * in `receipt-read.ts`); everything else (which assignment, which receipts count, the table, the
 * chart, the CSV) is derived from the list of files read, so importing more files or changing the
 * assignment re-judges all of them the same way. Nothing is stored: closing the page forgets it.
 */
import { cohortCompetencies, cohortCsvRows, cohortRows, cohortTarget, judgeReceipts, type CohortTarget, type ReadFile } from './cohort';
import { csvBlob } from './csv';
import { readReceiptFile } from '../assignments/receipt-read';
import { withoutUnsafeText } from '../storage/text-checks';

/** Most files read in one import, and in total. */
export const MAX_FILES = 500;

export class CohortImport {
  #reads = $state.raw<ReadFile[]>([]);
  #busy = $state(false);
  #given: () => CohortTarget | undefined;

  /** `given` returns the assignment to check against (the one built on the page), if any. */
  constructor(given: () => CohortTarget | undefined) {
    this.#given = given;
  }

  /** True while files are being read. */
  get busy(): boolean { return this.#busy; }
  /** Files read so far. */
  get count(): number { return this.#reads.length; }
  /** True when the target was given rather than taken from the first receipt. */
  get targetGiven(): boolean { return !!this.#given(); }
  // Derived once per change of the files or the target, not on every read (judging is over every file).
  /** The assignment receipts are checked against. */
  readonly target: CohortTarget | undefined = $derived.by(() => cohortTarget(this.#reads, this.#given()));
  /** Every file, accepted or flagged, in import order. */
  readonly judged = $derived.by(() => judgeReceipts(this.#reads, this.target));
  /** Accepted receipts as table rows. */
  readonly rows = $derived.by(() => cohortRows(this.judged));
  /** Flagged files with reasons. */
  readonly flagged = $derived.by(() => this.judged.filter((j) => !j.ok));
  /** Competency evidence across the accepted receipts. */
  readonly competencies = $derived.by(() => cohortCompetencies(this.rows));

  /** Read files and add them; resolves to a sentence about what happened. */
  async add(files: readonly File[]): Promise<string> {
    const room = MAX_FILES - this.#reads.length;
    const taken = files.slice(0, Math.max(0, room));
    if (!taken.length) return files.length ? `No more files can be imported: at most ${MAX_FILES}. Clear the imported receipts first.` : 'No file was chosen.';
    this.#busy = true;
    try {
      const read: ReadFile[] = [];
      // The name is the browser's: it may hold characters that reorder what is shown beside it.
      for (const f of taken) read.push({ fileName: withoutUnsafeText(f.name).slice(0, 200) || 'receipt', result: await readReceiptFile(f) });
      this.#reads = [...this.#reads, ...read];
    } finally {
      this.#busy = false;
    }
    const mine = this.judged.slice(-taken.length);
    const ok = mine.filter((j) => j.ok).length;
    const skipped = files.length - taken.length;
    return `Read ${taken.length} ${taken.length === 1 ? 'file' : 'files'}: ${ok} accepted, ${taken.length - ok} flagged.` +
      (skipped ? ` ${skipped} more were not read (at most ${MAX_FILES} files).` : '') +
      ` The table shows ${this.rows.length} ${this.rows.length === 1 ? 'learner' : 'learners'}.`;
  }

  /** Forget every imported file. */
  clear(): void {
    this.#reads = [];
  }

  /** The cohort table as a CSV file, or undefined when there is nothing to export. */
  csv(): { blob: Blob; fileName: string } | undefined {
    const target = this.target;
    if (!target || !this.rows.length) return undefined;
    const slug = target.assignment.title.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'assignment';
    return { blob: csvBlob(cohortCsvRows(target, this.rows)), fileName: `balint-cohort-${slug}.csv` };
  }
}
