/**
 * The assignment link: `<app address>#/assignment/<base64url(JSON)>`. The fragment never reaches
 * the static host's logs, and the payload is data only (module ids, plain text, a date, a
 * version), never HTML and never a URL to fetch, so a hostile link can at worst show a wrong
 * title as text.
 *
 * Anyone can edit a link, so reading one is a pipeline of cheap checks before expensive ones,
 * each failing with a problem the views word for a learner to act on (`LinkProblem`, worded by
 * `m.assignmentProblems`; the schema's messages are `field:issue` codes): length (before decoding), base64url, UTF-8,
 * JSON, forbidden keys (`__proto__`, `constructor`, `prototype`), version, the strict schema
 * (unknown keys, lengths, charsets, calendar date), then the catalogue (unknown modules). Nothing
 * is stored or changed by reading. A case file (an instructor's own script) travels as id, content
 * hash and title only — never its text: the learner imports the file itself into their library.
 * Version 2 added case files; an assignment without any is written as version 1, unchanged. Encoding runs the same schema, so the app never writes a link
 * it would refuse to read.
 *
 * Link formats: 1 and 2 are base64url JSON (`e…`, still read); format 3 (`3…`, written since) is the
 * same assignment packed short (`compact-link.ts`) so its QR code is scannable on paper. Both go
 * through `parseAssignment`. The assignment's id is of its content, so it is the same in every format.
 */
import * as v from 'valibot';
import { summaryOf } from '../catalog/catalog';
import { canonicalJson, sha256Hex } from '../storage/canonical-json';
import { hasUnsafeText } from '../storage/text-checks';
import { decodeBase64url, encodeBase64url } from './base64url';
import { decodeCompact, encodeCompact, isCompactPayload } from './compact-link';
import { ASSIGNMENT_ROUTE, MAX_PAYLOAD_CHARS } from './link-route';
import { ASSIGNMENT_VERSION, type AssignedModule, type Assignment, type AssignmentField, type AssignmentIssue, type DecodeResult, type LinkError, type LinkProblem } from './types';
import { unsafeCharacter } from './unsafe-character';

export { ASSIGNMENT_ROUTE, MAX_PAYLOAD_CHARS };

/** Most modules one assignment may hold. */
export const MAX_MODULES = 30;
/** Longest title. */
export const MAX_TITLE = 120;
/** Longest cohort label. */
export const MAX_COHORT = 64;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Letters, marks, digits, space, dot, underscore and hyphen. */
const COHORT_CHARS = /^[\p{L}\p{M}\p{N} ._-]*$/u;

/** True for an ISO calendar date that exists (2026-02-30 does not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && y <= 2200 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A schema message: the field and what is wrong with it (read back by `fieldProblem`). */
const says = (field: AssignmentField, issue: AssignmentIssue) => `${field}:${issue}`;

const plainTitle = (field: 'title' | 'caseFileTitle') =>
  v.pipe(
    v.string(says(field, 'not-text')),
    v.check((s) => s.trim().length > 0, says(field, 'empty')),
    v.maxLength(MAX_TITLE, says(field, 'too-long')),
    v.check((s) => !hasUnsafeText(s), says(field, 'unsafe-character')),
  );

const moduleFields = {
  id: v.pipe(v.string(says('module', 'not-text')), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, says('module', 'bad-id'))),
  required: v.boolean(says('module', 'not-yes-or-no')),
};
const ModuleSchemaV1 = v.strictObject(moduleFields, says('module', 'unknown-fields'));
const ModuleSchemaV2 = v.strictObject(
  {
    ...moduleFields,
    caseFile: v.optional(
      v.strictObject(
        { hash: v.pipe(v.string(says('caseFileHash', 'not-text')), v.regex(/^[0-9a-f]{8,64}$/, says('caseFileHash', 'bad-hash'))), title: plainTitle('caseFileTitle') },
        says('caseFile', 'unknown-fields'),
      ),
    ),
  },
  says('module', 'unknown-fields'),
);

/** Schema of the assignment payload of version `version` (strict: unknown keys are refused). */
const assignmentSchema = <M extends typeof ModuleSchemaV1 | typeof ModuleSchemaV2>(version: 1 | 2, moduleSchema: M) => v.strictObject(
  {
    v: v.literal(version, says('assignment', 'unknown-version')),
    title: plainTitle('title'),
    cohort: v.pipe(v.string(says('cohort', 'not-text')), v.maxLength(MAX_COHORT, says('cohort', 'too-long')), v.regex(COHORT_CHARS, says('cohort', 'bad-characters'))),
    due: v.optional(v.pipe(v.string(says('due', 'not-text')), v.check(isCalendarDate, says('due', 'not-a-date')))),
    feedback: v.picklist(['immediate', 'debrief'], says('feedback', 'unknown-value')),
    modules: v.pipe(
      v.array(moduleSchema, says('modules', 'not-a-list')),
      v.minLength(1, says('modules', 'none')),
      v.maxLength(MAX_MODULES, says('modules', 'too-many')),
      v.check((ms) => new Set(ms.map((m) => m.id)).size === ms.length, says('modules', 'twice')),
    ),
  },
  says('assignment', 'unknown-fields'),
);

/** Schemas by payload version. */
export const AssignmentSchemas = { 1: assignmentSchema(1, ModuleSchemaV1), 2: assignmentSchema(2, ModuleSchemaV2) } as const;
/** Schema of an assignment of any version this app reads (strict: unknown keys are refused). */
export const AssignmentSchema = v.variant('v', [AssignmentSchemas[1], AssignmentSchemas[2]], says('assignment', 'unknown-version'));

/** The problem a schema issue of an assignment stands for (its message is a `field:issue` code). */
export function fieldProblem(issue: v.BaseIssue<unknown> | undefined): LinkProblem {
  const [field, what] = (issue?.message ?? '').split(':') as [AssignmentField, AssignmentIssue | undefined];
  if (!what) return { code: 'not-an-assignment' };
  const character = what === 'unsafe-character' && typeof issue?.input === 'string' ? unsafeCharacter(issue.input) : undefined;
  const max = (issue as { requirement?: unknown } | undefined)?.requirement;
  return { code: 'field', field, issue: what, ...(character ? { character } : {}), ...(typeof max === 'number' ? { max } : {}) };
}

/** A refused assignment: why, as a thrown error (`problem` says what; its message is only the code). */
export class AssignmentRefused extends Error {
  constructor(readonly problem: LinkProblem) {
    super(problem.code);
  }
}

/** Options for reading an assignment. */
export interface ParseOptions {
  /** Whether this app ships a module id (default: the built-in catalogue). */
  known?: (id: string) => boolean;
}

const catalogue = (id: string) => !!summaryOf(id);
const fail = (kind: LinkError['kind'], problem: LinkProblem) => ({ ok: false as const, kind, problem });
const damaged = () => fail('malformed', { code: 'damaged' });

/** Check an untrusted value as an assignment (forbidden keys, version, schema, catalogue). */
export function parseAssignment(value: unknown, options: ParseOptions = {}): { ok: true; assignment: Assignment } | ({ ok: false } & LinkError) {
  const forbidden = forbiddenKey(value);
  if (forbidden) return fail('invalid', { code: 'forbidden-key', key: forbidden });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('malformed', { code: 'not-an-assignment' });
  const version = (value as Record<string, unknown>).v;
  if (typeof version === 'number' && Number.isInteger(version) && version > ASSIGNMENT_VERSION) return fail('version', { code: 'newer-version', version });
  if (typeof version !== 'number') return fail('version', { code: 'no-version' });
  if (version !== 1 && version !== 2) return fail('version', { code: 'unknown-version', ...(Number.isFinite(version) ? { version: String(version).slice(0, 20) } : {}) });
  const parsed = v.safeParse(AssignmentSchemas[version], value);
  if (!parsed.success) return fail('invalid', fieldProblem(parsed.issues[0]));
  const modules: AssignedModule[] = parsed.output.modules;
  if (version === 2 && !modules.some((m) => m.caseFile)) return fail('invalid', { code: 'no-case-files' });
  const known = options.known ?? catalogue;
  const clash = caseFileClashes(modules, known);
  if (clash.length) return fail('invalid', { code: 'case-file-clash', count: clash.length });
  const unknown = modules.filter((m) => !m.caseFile && !known(m.id));
  if (unknown.length) return fail('unknown-module', { code: 'unknown-modules', count: unknown.length });
  return { ok: true, assignment: normalise(parsed.output as Assignment) };
}

/** Ids of the case files among `modules` that have the id of a built-in module (a case file may never take one). */
export function caseFileClashes(modules: readonly AssignedModule[], builtIn: (id: string) => boolean): string[] {
  return modules.filter((m) => m.caseFile && builtIn(m.id)).map((m) => m.id);
}

/** Read a link payload (the part after `#/assignment/`); never throws, never stores anything. */
export async function decodeAssignment(payload: string, options: ParseOptions = {}): Promise<DecodeResult> {
  if (typeof payload !== 'string' || payload.length === 0) return fail('malformed', { code: 'empty' });
  if (payload.length > MAX_PAYLOAD_CHARS) return fail('too-long', { code: 'too-long', length: payload.length, max: MAX_PAYLOAD_CHARS });
  let value: unknown;
  if (isCompactPayload(payload)) {
    const compact = decodeCompact(payload);
    if (!compact.ok) return compact;
    value = compact.value;
  } else {
    const text = decodeBase64url(payload);
    if (text === undefined) return damaged();
    try {
      value = JSON.parse(text);
    } catch {
      return damaged();
    }
  }
  const parsed = parseAssignment(value, options);
  if (!parsed.ok) return parsed;
  return { ok: true, assignment: parsed.assignment, id: await assignmentId(parsed.assignment), payload: encodeAssignment(parsed.assignment) };
}

/** The link payload of an assignment (short format 3, else JSON); throws `AssignmentRefused` when it is invalid or would be too long. */
export function encodeAssignment(assignment: Assignment): string {
  const a = normalise(assignment);
  const parsed = v.safeParse(AssignmentSchemas[a.v], a);
  if (!parsed.success) throw new AssignmentRefused(fieldProblem(parsed.issues[0]));
  const checked = normalise(parsed.output as Assignment);
  const payload = encodeCompact(checked) ?? encodeBase64url(JSON.stringify(checked));
  if (payload.length > MAX_PAYLOAD_CHARS) throw new AssignmentRefused({ code: 'too-long', length: payload.length, max: MAX_PAYLOAD_CHARS });
  return payload;
}

/** Stable id of an assignment: the first 16 hex digits of the SHA-256 of its canonical JSON. */
export async function assignmentId(assignment: Assignment): Promise<string> {
  return (await sha256Hex(canonicalJson(normalise(assignment)))).slice(0, 16);
}

/** The full link for a payload, on this app's own address (never on an address from the link). */
export function assignmentLink(payload: string, at: Pick<Location, 'origin' | 'pathname'> = location): string {
  return `${at.origin}${at.pathname}${ASSIGNMENT_ROUTE}${payload}`;
}

/**
 * Fixed key order, no `due` key when there is no date, and the lowest version that can carry the
 * content (so equal assignments encode equally, and ones without case files stay version 1).
 */
function normalise(a: Assignment): Assignment {
  return {
    v: a.modules.some((m) => m.caseFile) ? 2 : 1,
    title: a.title,
    cohort: a.cohort,
    ...(a.due ? { due: a.due } : {}),
    feedback: a.feedback,
    modules: a.modules.map((m) => ({ id: m.id, required: m.required, ...(m.caseFile ? { caseFile: { hash: m.caseFile.hash, title: m.caseFile.title } } : {}) })),
  };
}

/** The first forbidden key anywhere in a (shallow) JSON value, if any. */
function forbiddenKey(value: unknown, depth = 0): string | undefined {
  if (value === null || typeof value !== 'object' || depth > 8) return undefined;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 1000)) {
      const k = forbiddenKey(item, depth + 1);
      if (k) return k;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const k = forbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (k) return k;
  }
  return undefined;
}
