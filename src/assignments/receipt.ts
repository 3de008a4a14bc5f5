/**
 * The completion receipt: one JSON file per learner and assignment, made on the learner's device
 * and read by the instructor's (see `receipt-read.ts`). It states what was assigned, what was
 * completed, the endings reached (title and kind, never a rank), competency evidence, time spent,
 * the app version and the content hash of each module, plus the name the learner typed.
 *
 * The checksum is a SHA-256 over the canonical JSON (keys sorted, no whitespace; the same form as
 * backups) of every field but itself, so the file may be pretty-printed or re-ordered while any
 * change to its content is caught. It detects damage, not forgery: a static app holds no secret a
 * learner cannot read, so anyone can recompute it. The UI says so.
 *
 * Notes (free text) are never included by default: `notes` holds only those the learner ticked,
 * one by one, and is absent when none was.
 *
 * A module's content hash is that of the version the learner played (their newest completed
 * attempt's, else newest attempt's), falling back to the version this app ships or the case file
 * the assignment names; so an instructor can see who played another version of a case file.
 */
import { version as APP_VERSION } from '../../package.json';
import { detailsOf } from '../catalog/catalog-details';
import { summarise } from '../catalog/summarise';
import { competencyProfile } from '../session/competency-profile';
import { summariseProgress } from '../session/progress-summary';
import type { Script } from '../script/types';
import { canonicalChecksum } from '../storage/canonical-json';
import { MAX_REFLECTION_CHARS } from '../storage/reflection-checks';
import type { Attempt } from '../storage/types';
import { assignmentProgress } from './assignment-progress';
import { unsafeCharacter } from './unsafe-character';
import { RECEIPT_FORMAT, RECEIPT_VERSION, type Assignment, type NameProblem, type Receipt, type ReceiptModule, type ReceiptNote } from './types';

/** Longest learner name. */
export const MAX_LEARNER = 80;
/** Longest note: as long as the longest reflection, so any reflection the learner ticks fits whole. */
export const MAX_NOTE = MAX_REFLECTION_CHARS;
/** Most notes one receipt may hold. */
export const MAX_NOTES = 50;

/** What a receipt is made from. */
export interface ReceiptInput {
  /** The checked assignment. */
  assignment: Assignment;
  /** Its id (see `assignmentId`). */
  assignmentId: string;
  /** Every attempt on the device, newest first. */
  attempts: readonly Attempt[];
  /** Loaded scripts of the assigned modules, by id (for competency evidence). */
  scripts: ReadonlyMap<string, Script>;
  /** The name the learner typed. */
  learner: string;
  /** Notes the learner ticked (none by default). */
  notes?: readonly ReceiptNote[];
  /** When the receipt is made. */
  now?: Date;
  /** App version to state (defaults to this app's). */
  appVersion?: string;
}

/** Why a learner name cannot be used (worded by `m.assignmentProblems.name`), or undefined when it can. */
export function learnerNameProblem(name: string): NameProblem | undefined {
  const t = name.trim();
  if (!t) return { code: 'empty' };
  if (t.length > MAX_LEARNER) return { code: 'too-long', max: MAX_LEARNER };
  const character = unsafeCharacter(t);
  return character ? { code: 'unsafe-character', character } : undefined;
}

/** The receipt's content without its checksum. */
export function receiptBody(input: ReceiptInput): Omit<Receipt, 'checksum'> {
  const { assignment, attempts, scripts } = input;
  const ids = new Set(assignment.modules.map((m) => m.id));
  const mine = attempts.filter((a) => ids.has(a.moduleId));
  const progress = assignmentProgress(assignment, mine);
  const summary = summariseProgress(mine);
  const modules: ReceiptModule[] = progress.modules.map((p) => {
    const loaded = scripts.get(p.id);
    const s = detailsOf(p.id) ?? (loaded ? summarise(loaded) : undefined);
    const done = mine.filter((a) => a.moduleId === p.id && a.status === 'completed');
    const first = done.map((a) => a.updatedAt).sort()[0];
    const played = done[0] ?? mine.find((a) => a.moduleId === p.id);
    return {
      id: p.id,
      // A receipt is data for the instructor's app, which made the assignment and names the module
      // itself (`cohort.ts`); a module this app lacks is written by its id, as the assignment has it.
      title: p.title ?? p.id,
      required: p.required,
      contentHash: played?.scriptHash ?? s?.hash ?? p.caseFile?.hash ?? 'unknown',
      status: p.status,
      completedAttempts: summary.get(p.id)?.completed ?? 0,
      endings: p.endings.map((e) => {
        const kind = s?.endingTitles[e]?.kind;
        return { id: e, title: s?.endingTitles[e]?.title ?? e, ...(kind ? { kind } : {}) };
      }),
      activeMs: Math.round(p.activeMs),
      ...(first ? { firstCompletedAt: first } : {}),
    };
  });
  const competencies = competencyProfile(mine.filter((a) => a.status === 'completed'), scripts).map((l) => ({
    competency: l.competency,
    practised: l.moves,
    for: l.for,
    against: l.against,
  }));
  const notes = (input.notes ?? []).map((n) => ({ ...(n.moduleId ? { moduleId: n.moduleId } : {}), text: n.text }));
  return {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    appVersion: input.appVersion ?? APP_VERSION,
    createdAt: (input.now ?? new Date()).toISOString(),
    learner: input.learner.trim(),
    assignmentId: input.assignmentId,
    assignment,
    complete: progress.complete,
    modules,
    competencies,
    activeMs: modules.reduce((sum, m) => sum + m.activeMs, 0),
    ...(notes.length ? { notes } : {}),
  };
}

/** `sha256:` and the hex SHA-256 of the canonical JSON of a receipt without its checksum. */
export async function receiptChecksum(receipt: Omit<Receipt, 'checksum'> & { checksum?: unknown }): Promise<string> {
  const { checksum: _ignored, ...rest } = receipt;
  return canonicalChecksum(rest);
}

/** A complete, checksummed receipt. Throws when the learner name cannot be used. */
export async function makeReceipt(input: ReceiptInput): Promise<Receipt> {
  const problem = learnerNameProblem(input.learner);
  if (problem) throw new Error(`learner-name-${problem.code}`);
  const body = receiptBody(input);
  return { ...body, checksum: await receiptChecksum(body) };
}

/** The receipt as file text (indented for people; the checksum does not depend on layout). */
export function receiptText(receipt: Receipt): string {
  return `${JSON.stringify(receipt, null, 2)}\n`;
}

/** File name: `balint-receipt-<title>-<learner>-<date>.json`, in safe ASCII. */
export function receiptFileName(receipt: Receipt): string {
  const slug = (s: string) =>
    s.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'x';
  return `balint-receipt-${slug(receipt.assignment.title)}-${slug(receipt.learner)}-${receipt.createdAt.slice(0, 10)}.json`;
}
