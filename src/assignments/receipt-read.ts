/**
 * Reading a receipt file on the instructor's device. The file is untrusted (it came by e-mail, it
 * may be damaged, it may be hostile), so reading is a pipeline of cheap checks before expensive
 * ones, like the backup reader: size (before reading), UTF-8, JSON, a walk that refuses forbidden
 * keys and oversized values, format and version, the checksum (so a changed byte reads as
 * "damaged"), the strict schema (titles, names and ids hold no control, direction-changing or
 * invisible characters and times are real calendar times, as in every stored record:
 * `src/storage/text-checks.ts`), then consistency (no case file takes a built-in module's id, the
 * assignment id is the assignment's, the modules are the assignment's). A refusal is a code and its
 * data (`ReceiptProblem`; a schema problem as `receipt-issue.ts` reads it), worded by the views
 * (`m.receiptProblems`). It never throws and never stores
 * anything.
 *
 * Version 1 receipts still import: their endings carried a ranked `outcome`, which is checked as
 * it was written (the checksum covers it) and then dropped, so nothing downstream sees a rank.
 */
import * as v from 'valibot';
import { summaryOf } from '../catalog/catalog';
import { jsonShapeProblem, type ShapeLimits } from '../files/json-shape';
import { savedAsUtf16 } from '../files/saved-as-utf16';
import { isoTime, safeText } from '../storage/text-checks';
import { AssignmentSchema, MAX_MODULES, assignmentId, caseFileClashes } from './assignment-link';
import { MAX_LEARNER, MAX_NOTE, MAX_NOTES, receiptChecksum } from './receipt';
import { receiptIssue } from './receipt-issue';
import type { ReceiptProblem } from '../files/types';
import { OLDEST_RECEIPT_VERSION, RECEIPT_FORMAT, RECEIPT_VERSION, type Receipt } from './types';

/** Largest receipt file accepted. */
export const MAX_RECEIPT_BYTES = 1024 * 1024;

/** Outcome of reading one receipt file. */
export type ReceiptReadResult = { ok: true; receipt: Receipt } | { ok: false; flag: 'damaged' | 'invalid'; problem: ReceiptProblem };

const LIMITS: ShapeLimits = { noun: 'receipt', depth: 12, items: 1000, text: MAX_NOTE, nodes: 50_000 };

/** Free text over several lines (a note). */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e12));
const moduleId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));
/** A list whose items have distinct keys (views key lists by them). */
const unique = <T>(key: (item: T) => string, item: 'ending' | 'competency') => v.check<T[], string>((items) => new Set(items.map(key)).size === items.length, `same-twice:${item}`);

/** An ending-kind id (see `endingKinds` in the vocabulary). */
const kindId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,79}$/));
/** Version 2 on: endings with their kind, if they have one. */
const Endings = v.pipe(v.array(v.strictObject({ id: safeText(200), title: safeText(300), kind: v.optional(kindId) })), v.maxLength(100), unique((e) => e.id, 'ending'));
/** Version 1: endings with a ranked outcome, read and then dropped. */
const EndingsV1 = v.pipe(
  v.array(v.pipe(v.strictObject({ id: safeText(200), title: safeText(300), outcome: v.picklist(['strong', 'mixed', 'difficult']) }), v.transform(({ id, title }) => ({ id, title })))),
  v.maxLength(100),
  unique((e) => e.id, 'ending'),
);

const receiptSchema = (version: number, endings: typeof Endings | typeof EndingsV1) =>
  v.strictObject({
    format: v.literal(RECEIPT_FORMAT),
    version: v.literal(version),
    appVersion: safeText(40),
    createdAt: isoTime,
    learner: safeText(MAX_LEARNER),
    assignmentId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
    assignment: AssignmentSchema,
    complete: v.boolean(),
    modules: v.pipe(
      v.array(
        v.strictObject({
          id: moduleId,
          title: safeText(200),
          required: v.boolean(),
          contentHash: safeText(100),
          status: v.picklist(['not-started', 'in-progress', 'completed']),
          completedAttempts: count,
          endings,
          activeMs: count,
          firstCompletedAt: v.optional(isoTime),
        }),
      ),
      v.maxLength(MAX_MODULES),
    ),
    competencies: v.pipe(
      v.array(v.strictObject({ competency: safeText(200), practised: count, for: v.pipe(v.number(), v.minValue(0)), against: v.pipe(v.number(), v.minValue(0)) })),
      v.maxLength(200),
      unique((c) => c.competency, 'competency'),
    ),
    activeMs: count,
    notes: v.optional(v.pipe(v.array(v.strictObject({ moduleId: v.optional(moduleId), text: text(MAX_NOTE) })), v.minLength(1), v.maxLength(MAX_NOTES))),
    checksum: v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/)),
  });

/** The schema of each version this app reads. */
const SCHEMAS = { [OLDEST_RECEIPT_VERSION]: receiptSchema(OLDEST_RECEIPT_VERSION, EndingsV1), [RECEIPT_VERSION]: receiptSchema(RECEIPT_VERSION, Endings) } as const;

const invalid = (problem: ReceiptProblem): ReceiptReadResult => ({ ok: false, flag: 'invalid', problem });
const damaged = (problem: ReceiptProblem): ReceiptReadResult => ({ ok: false, flag: 'damaged', problem });

/** Read a file the instructor picked; never throws. */
export async function readReceiptFile(file: Blob): Promise<ReceiptReadResult> {
  return (await readReceiptFileText(file)).result;
}

/** Read a file the instructor picked, with its text when it could be read as text; never throws. */
export async function readReceiptFileText(file: Blob): Promise<{ result: ReceiptReadResult; text?: string }> {
  if (file.size > MAX_RECEIPT_BYTES) return { result: invalid({ code: 'file-too-large', bytes: file.size, max: MAX_RECEIPT_BYTES }) };
  if (file.size === 0) return { result: damaged({ code: 'empty' }) };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { result: damaged({ code: 'unreadable' }) };
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      result: damaged({ code: savedAsUtf16(bytes, '{') ? 'utf16' : 'not-text' }),
    };
  }
  return { result: await parseReceipt(content), text: content };
}

/** Check the text of a receipt, step by step; never throws. */
export async function parseReceipt(content: string): Promise<ReceiptReadResult> {
  if (content.length > MAX_RECEIPT_BYTES) return invalid({ code: 'text-too-large' });
  let root: unknown;
  try {
    root = JSON.parse(content);
  } catch {
    return damaged({ code: 'not-json' });
  }
  const shape = jsonShapeProblem(root, LIMITS);
  if (shape) return invalid({ code: 'shape', shape });
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return invalid({ code: 'not-a-receipt' });
  const r = root as Record<string, unknown>;
  if (r.format !== RECEIPT_FORMAT) return invalid({ code: 'not-a-receipt' });
  if (typeof r.version !== 'number') return invalid({ code: 'no-version' });
  if (!Number.isInteger(r.version) || r.version < OLDEST_RECEIPT_VERSION) return invalid({ code: 'unknown-version', version: String(r.version).slice(0, 20) });
  if (r.version > RECEIPT_VERSION) return invalid({ code: 'newer-version', version: r.version });
  if (typeof r.checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(r.checksum)) return damaged({ code: 'no-checksum' });
  if ((await receiptChecksum(r as never)) !== r.checksum) return damaged({ code: 'checksum-mismatch' });
  const parsed = v.safeParse(SCHEMAS[r.version as keyof typeof SCHEMAS], root);
  if (!parsed.success) return invalid({ code: 'schema', issue: receiptIssue(parsed.issues[0]) });
  const receipt = parsed.output as Receipt;
  const clash = caseFileClashes(receipt.assignment.modules, (id) => !!summaryOf(id));
  if (clash.length) return invalid({ code: 'case-file-clash', ids: clash });
  if ((await assignmentId(receipt.assignment)) !== receipt.assignmentId) return invalid({ code: 'assignment-id-mismatch' });
  const assigned = receipt.assignment.modules.map((m) => m.id).join(' ');
  if (receipt.modules.map((m) => m.id).join(' ') !== assigned) return invalid({ code: 'modules-mismatch' });
  return { ok: true, receipt };
}
