/**
 * A cohort from many receipt files, all on the instructor's device. Reading a file
 * (`receipt-read.ts`) and judging it against the others are separate steps: reading is per file
 * and async, judging is a pure function over every file read so far, so changing the assignment
 * to check against (or adding files) re-judges everything consistently.
 *
 * Judging: a file that could not be read keeps its flag; a receipt for another assignment is a
 * mismatch; of several receipts from one learner (names compared without case and spacing), the
 * newest is used and the others are flagged as duplicates, with the file that is used named.
 */
import { kindLabel } from '../catalog/kind-label';
import { m } from '../i18n/messages';
import { summaryOf } from '../catalog/catalog';
import { detailsOf } from '../catalog/catalog-details';
import { activeMinutes } from '../assignments/active-minutes';
import type { CsvCell } from './csv';
import type { ReceiptReadResult } from '../assignments/receipt-read';
import type { Assignment, Receipt, ReceiptEnding, ModuleStatus } from '../assignments/types';
import type { ImportedReceipt, ReceiptFlagWhy } from './types';

/** A file read, before it is judged against the others. */
export interface ReadFile {
  /** The file's name as picked. */
  fileName: string;
  /** What reading it gave. */
  result: ReceiptReadResult;
  /** Id of its record when it is kept on this device (absent for a file that is not kept). */
  keptId?: string;
  /** ISO time it was imported, when it is kept. */
  importedAt?: string;
}

/** The assignment receipts are checked against. */
export interface CohortTarget {
  /** Assignment id. */
  id: string;
  /** The assignment. */
  assignment: Assignment;
}

/** One learner's line of the cohort table. */
export interface CohortRow {
  /** The name the learner typed. */
  learner: string;
  /** File it came from. */
  fileName: string;
  /** The receipt. */
  receipt: Receipt;
  /** Per assigned module, in assignment order. */
  cells: { moduleId: string; status: ModuleStatus; endings: ReceiptEnding[] }[];
  /** Titles of modules played in another content version than this app ships (or than the case file assigned). */
  otherVersions: string[];
}

/** One competency across the cohort. */
export interface CohortCompetency {
  /** Competency id. */
  competency: string;
  /** Learners with evidence on it. */
  learners: number;
  /** Sum of evidence for. */
  for: number;
  /** Sum of evidence against. */
  against: number;
}

const learnerKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The target: the one given, else the assignment of the first receipt that could be read. */
export function cohortTarget(reads: readonly ReadFile[], given?: CohortTarget): CohortTarget | undefined {
  if (given) return given;
  for (const r of reads) if (r.result.ok) return { id: r.result.receipt.assignmentId, assignment: r.result.receipt.assignment };
  return undefined;
}

/** Judge every file read against the target and the others. */
export function judgeReceipts(reads: readonly ReadFile[], target: CohortTarget | undefined): ImportedReceipt[] {
  const out: ImportedReceipt[] = reads.map((r) => {
    if (!r.result.ok) return { ok: false, fileName: r.fileName, flag: r.result.flag, why: { code: 'unread', problem: r.result.problem } };
    const receipt = r.result.receipt;
    if (!target || receipt.assignmentId !== target.id) {
      const a = receipt.assignment;
      return { ok: false, fileName: r.fileName, flag: 'mismatch', why: { code: 'mismatch', title: a.title, cohort: a.cohort } };
    }
    return { ok: true, fileName: r.fileName, receipt };
  });
  // Of several receipts per learner, the newest wins (the first imported on a tie).
  const winners = new Map<string, number>();
  out.forEach((x, i) => {
    if (!x.ok) return;
    const key = learnerKey(x.receipt.learner);
    const best = winners.get(key);
    const current = best === undefined ? undefined : out[best];
    if (!current?.ok || x.receipt.createdAt > current.receipt.createdAt) winners.set(key, i);
  });
  return out.map((x, i) => {
    if (!x.ok) return x;
    const w = winners.get(learnerKey(x.receipt.learner))!;
    if (w === i) return x;
    const kept = out[w] as Extract<ImportedReceipt, { ok: true }>;
    const why: ReceiptFlagWhy = kept.receipt.checksum === x.receipt.checksum
      ? { code: 'same', kept: kept.fileName }
      : { code: 'newer', kept: kept.fileName, learner: kept.receipt.learner };
    return { ok: false, fileName: x.fileName, flag: 'duplicate', why };
  });
}

/** Rows of the cohort table: the accepted receipts, by learner name. */
export function cohortRows(judged: readonly ImportedReceipt[]): CohortRow[] {
  return judged
    .filter((x): x is Extract<ImportedReceipt, { ok: true }> => x.ok)
    .map((x) => ({
      learner: x.receipt.learner,
      fileName: x.fileName,
      receipt: x.receipt,
      cells: x.receipt.modules.map((m) => ({ moduleId: m.id, status: m.status, endings: m.endings })),
      otherVersions: x.receipt.modules.filter((m) => {
        const expected = detailsOf(m.id)?.hash ?? x.receipt.assignment.modules.find((a) => a.id === m.id)?.caseFile?.hash;
        return expected !== undefined && m.status !== 'not-started' && expected !== m.contentHash;
      }).map((m) => m.title),
    }))
    .sort((a, b) => a.learner.localeCompare(b.learner));
}

/** Competency evidence across the cohort, most widely practised first. */
export function cohortCompetencies(rows: readonly CohortRow[]): CohortCompetency[] {
  const out = new Map<string, CohortCompetency>();
  for (const row of rows)
    for (const c of row.receipt.competencies) {
      const t = out.get(c.competency) ?? { competency: c.competency, learners: 0, for: 0, against: 0 };
      if (c.practised > 0) t.learners++;
      t.for += c.for;
      t.against += c.against;
      out.set(c.competency, t);
    }
  return [...out.values()].sort((a, b) => b.learners - a.learners || b.for - a.for || a.competency.localeCompare(b.competency));
}

/** Module titles for table headings: this app's titles, else the receipt's, else words (never the id). */
export function moduleTitle(id: string, rows: readonly CohortRow[]): string {
  return summaryOf(id)?.title ?? rows[0]?.receipt.modules.find((m) => m.id === id)?.title ?? m.myAssignments.gone;
}

/** The cohort table as CSV rows (heading first). */
export function cohortCsvRows(target: CohortTarget, rows: readonly CohortRow[]): CsvCell[][] {
  const modules = target.assignment.modules;
  const csv = m.cohort.csv;
  const head: CsvCell[] = [csv.learner, csv.allRequired, csv.required];
  for (const a of modules) {
    const t = moduleTitle(a.id, rows);
    head.push(csv.module(t, a.required), csv.endings(t));
  }
  head.push(csv.minutes, csv.made, csv.otherVersion);
  const body = rows.map((r) => {
    const required = r.receipt.modules.filter((m) => m.required);
    const line: CsvCell[] = [r.learner, r.receipt.complete, csv.requiredDone(required.filter((x) => x.status === 'completed').length, required.length)];
    for (const c of r.cells) line.push(m.myAssignments.status[c.status], c.endings.map((e) => m.endings.name(e.title, kindLabel(e.kind))).join('; '));
    line.push(activeMinutes(r.receipt.activeMs), r.receipt.createdAt, r.otherVersions.join('; '));
    return line;
  });
  return [head, ...body];
}
