/**
 * The instructor's imported receipts, as reactive state. Files are read one by one (each check is
 * in `receipt-read.ts`); everything else (which assignment, which receipts count, the table, the
 * chart, the CSV) is derived from the list of files read, so importing more files or changing the
 * assignment re-judges all of them the same way.
 *
 * Every file that reads as a receipt is kept on this device (through the repository, as its text)
 * until the instructor removes it, and is checked again as a receipt every time it is read back,
 * so a reload shows the same cohort. A file that is not a receipt at all (damaged, not text, too
 * large) is flagged for this visit only: keeping it would help nobody.
 */
import { cohortCompetencies, cohortCsvRows, cohortRows, cohortTarget, judgeReceipts, type CohortTarget, type ReadFile } from './cohort';
import { csvBlob } from './csv';
import type { ImportOutcome } from './types';
import { parseReceipt, readReceiptFileText } from '../assignments/receipt-read';
import { MAX_STORED_RECEIPT_CHARS } from '../storage/receipt-checks';
import type { ProgressRepository } from '../storage/repository';
import { STORED_RECEIPT_SCHEMA, type StoredReceipt } from '../storage/types';
import { withoutUnsafeText } from '../storage/text-checks';

/** Most files read in one import, and in total. */
export const MAX_FILES = 500;

/** Where imported receipts are kept. */
export type ReceiptShelf = Pick<ProgressRepository, 'listReceipts' | 'saveReceipt' | 'deleteReceipt'>;


const randomId = () => [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');

export class CohortImport {
  #reads = $state.raw<ReadFile[]>([]);
  #busy = $state(false);
  #given: () => CohortTarget | undefined;
  #shelf: () => Promise<ReceiptShelf | undefined>;

  /**
   * `given` returns the assignment to check against (the one built on the page), if any; `shelf`
   * resolves to where receipts are kept (undefined: nowhere, they are forgotten with the page).
   */
  constructor(given: () => CohortTarget | undefined, shelf: () => Promise<ReceiptShelf | undefined> = async () => undefined) {
    this.#given = given;
    this.#shelf = shelf;
  }

  /** True while files are being read. */
  get busy(): boolean { return this.#busy; }
  /** Files read so far. */
  get count(): number { return this.#reads.length; }
  /** Files kept on this device, in import order. */
  get kept(): ReadFile[] { return this.#reads.filter((r) => r.keptId); }
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

  /** Read back the receipts kept on this device (before any imported on this visit); resolves to how many. */
  async restore(): Promise<number> {
    const shelf = await this.#shelf();
    if (!shelf) return 0;
    const stored = await shelf.listReceipts();
    const read: ReadFile[] = [];
    for (const r of stored) read.push({ fileName: r.fileName, result: await parseReceipt(r.source), keptId: r.id, importedAt: r.importedAt });
    const known = new Set(read.map((r) => r.keptId));
    this.#reads = [...read, ...this.#reads.filter((r) => !r.keptId || !known.has(r.keptId))];
    return read.length;
  }

  /** Read files, keep the receipts among them, and add them. */
  async add(files: readonly File[], now = new Date()): Promise<ImportOutcome> {
    const room = MAX_FILES - this.#reads.length;
    const taken = files.slice(0, Math.max(0, room));
    if (!taken.length) return files.length ? { code: 'full', max: MAX_FILES } : { code: 'none' };
    this.#busy = true;
    let notKept = 0;
    try {
      const shelf = await this.#shelf().catch(() => undefined);
      const read: ReadFile[] = [];
      for (const [i, f] of taken.entries()) {
        // One millisecond apart, so files imported together list in the order they were picked.
        // The name is the browser's: it may hold characters that reorder what is shown beside it.
        const fileName = withoutUnsafeText(f.name).slice(0, 200) || 'receipt';
        const { result, text } = await readReceiptFileText(f);
        const file: ReadFile = { fileName, result };
        if (result.ok && text !== undefined && shelf && text.length <= MAX_STORED_RECEIPT_CHARS) {
          const record: StoredReceipt = { schema: STORED_RECEIPT_SCHEMA, id: randomId(), fileName, source: text, importedAt: new Date(now.getTime() + i).toISOString() };
          try {
            await shelf.saveReceipt(record);
            file.keptId = record.id;
            file.importedAt = record.importedAt;
          } catch {
            notKept++;
          }
        } else if (result.ok) notKept++;
        read.push(file);
      }
      this.#reads = [...this.#reads, ...read];
    } finally {
      this.#busy = false;
    }
    const mine = this.judged.slice(-taken.length);
    const accepted = mine.filter((j) => j.ok).length;
    return { code: 'read', read: taken.length, accepted, flagged: taken.length - accepted, skipped: files.length - taken.length, notKept, learners: this.rows.length, max: MAX_FILES };
  }

  /** Remove one kept receipt from this device and from the cohort. */
  async remove(keptId: string): Promise<void> {
    const shelf = await this.#shelf();
    await shelf?.deleteReceipt(keptId);
    this.#reads = this.#reads.filter((r) => r.keptId !== keptId);
  }

  /** Remove every imported receipt, kept or not. */
  async clear(): Promise<void> {
    const shelf = await this.#shelf();
    for (const r of this.#reads) if (r.keptId) await shelf?.deleteReceipt(r.keptId);
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
