/**
 * The assignment link: `<app address>#/assignment/<base64url(JSON)>`. The fragment never reaches
 * the static host's logs, and the payload is data only (module ids, plain text, a date, a
 * version), never HTML and never a URL to fetch, so a hostile link can at worst show a wrong
 * title as text.
 *
 * Anyone can edit a link, so reading one is a pipeline of cheap checks before expensive ones,
 * each failing with a sentence a learner can act on: length (before decoding), base64url, UTF-8,
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
import { ASSIGNMENT_ROUTE } from './link-route';
import { ASSIGNMENT_VERSION, type AssignedModule, type Assignment, type DecodeResult, type LinkError } from './types';
import { unsafeCharacterWords } from './unsafe-character-words';

export { ASSIGNMENT_ROUTE };

/** Longest payload (characters after `#/assignment/`) accepted or written. */
export const MAX_PAYLOAD_CHARS = 4096;
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

const plainTitle = (what: string) =>
  v.pipe(
    v.string(`${what} is not text`),
    v.check((s) => s.trim().length > 0, `${what} is empty`),
    v.maxLength(MAX_TITLE, `${what} is longer than ${MAX_TITLE} characters`),
    v.check((s) => !hasUnsafeText(s), (issue) => `${what} contains ${unsafeCharacterWords(issue.input as string)}`),
  );

const moduleFields = {
  id: v.pipe(v.string('a module id is not text'), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'a module id has characters no module id has')),
  required: v.boolean('a module does not say whether it is required'),
};
const ModuleSchemaV1 = v.strictObject(moduleFields, 'a module entry has fields no assignment has');
const ModuleSchemaV2 = v.strictObject(
  {
    ...moduleFields,
    caseFile: v.optional(
      v.strictObject(
        { hash: v.pipe(v.string('a case file hash is not text'), v.regex(/^[0-9a-f]{8,64}$/, 'a case file hash is not a content hash')), title: plainTitle('a case file title') },
        'a case file entry has fields no assignment has',
      ),
    ),
  },
  'a module entry has fields no assignment has',
);

/** Schema of the assignment payload of version `version` (strict: unknown keys are refused). */
const assignmentSchema = <M extends typeof ModuleSchemaV1 | typeof ModuleSchemaV2>(version: 1 | 2, moduleSchema: M) => v.strictObject(
  {
    v: v.literal(version, 'it is not an assignment of a version this app reads'),
    title: plainTitle('the title'),
    cohort: v.pipe(
      v.string('the cohort label is not text'),
      v.maxLength(MAX_COHORT, `the cohort label is longer than ${MAX_COHORT} characters`),
      v.regex(COHORT_CHARS, 'the cohort label may only hold letters, digits, spaces, dots, hyphens and underscores'),
    ),
    due: v.optional(v.pipe(v.string('the due date is not text'), v.check(isCalendarDate, 'the due date is not a real date (YYYY-MM-DD)'))),
    feedback: v.picklist(['immediate', 'debrief'], 'the feedback setting is not one this app knows'),
    modules: v.pipe(
      v.array(moduleSchema, 'the module list is not a list'),
      v.minLength(1, 'it assigns no module'),
      v.maxLength(MAX_MODULES, `it assigns more than ${MAX_MODULES} modules`),
      v.check((ms) => new Set(ms.map((m) => m.id)).size === ms.length, 'it names the same module twice'),
    ),
  },
  'it holds fields no assignment has',
);

/** Schemas by payload version. */
export const AssignmentSchemas = { 1: assignmentSchema(1, ModuleSchemaV1), 2: assignmentSchema(2, ModuleSchemaV2) } as const;
/** Schema of an assignment of any version this app reads (strict: unknown keys are refused). */
export const AssignmentSchema = v.variant('v', [AssignmentSchemas[1], AssignmentSchemas[2]], 'it is not an assignment of a version this app reads');

/** Options for reading an assignment. */
export interface ParseOptions {
  /** Whether this app ships a module id (default: the built-in catalogue). */
  known?: (id: string) => boolean;
}

const catalogue = (id: string) => !!summaryOf(id);
const fail = (kind: LinkError['kind'], reason: string) => ({ ok: false as const, kind, reason });

/** Check an untrusted value as an assignment (forbidden keys, version, schema, catalogue). */
export function parseAssignment(value: unknown, options: ParseOptions = {}): { ok: true; assignment: Assignment } | ({ ok: false } & LinkError) {
  const forbidden = forbiddenKey(value);
  if (forbidden) return fail('invalid', `This assignment link is not valid: it contains a field named “${forbidden}”.`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('malformed', 'This assignment link is damaged: it does not hold an assignment.');
  const version = (value as Record<string, unknown>).v;
  if (typeof version === 'number' && Number.isInteger(version) && version > ASSIGNMENT_VERSION)
    return fail('version', `This assignment was made by a newer version of Balint Rehearsal (assignment version ${version}). Update the app (reload it, or accept the update offer), then open the link again.`);
  if (typeof version !== 'number') return fail('version', 'This assignment link does not say which version it is, so it cannot be read.');
  if (version !== 1 && version !== 2) {
    const which = Number.isFinite(version) ? `its version (${String(version).slice(0, 20)}) is not one` : 'its version is a number too large to be one';
    return fail('version', `This assignment link is not valid: ${which} Balint Rehearsal has ever written, so the link was changed or damaged.`);
  }
  const parsed = v.safeParse(AssignmentSchemas[version], value);
  if (!parsed.success) return fail('invalid', `This assignment link is not valid: ${parsed.issues[0]?.message ?? 'its content is not as expected'}.`);
  const modules: AssignedModule[] = parsed.output.modules;
  if (version === 2 && !modules.some((m) => m.caseFile)) return fail('invalid', 'This assignment link is not valid: it says it has case files but names none.');
  const known = options.known ?? catalogue;
  const clash = caseFileClashes(modules, known).map((id) => `“${id}”`);
  if (clash.length)
    return fail('invalid', `This assignment link is not valid: it names a case file with the id of a built-in module (${clash.join(', ')}), so the case file could pass for that module. The case file needs another id before it can be assigned.`);
  const unknown = modules.filter((m) => !m.caseFile && !known(m.id)).map((m) => `“${m.id}”`);
  if (unknown.length)
    return fail('unknown-module', `This assignment names ${unknown.length === 1 ? 'a module' : 'modules'} this app does not have: ${unknown.join(', ')}. The link may be mistyped, or made for a newer version of the app.`);
  return { ok: true, assignment: normalise(parsed.output as Assignment) };
}

/** Ids of the case files among `modules` that have the id of a built-in module (a case file may never take one). */
export function caseFileClashes(modules: readonly AssignedModule[], builtIn: (id: string) => boolean): string[] {
  return modules.filter((m) => m.caseFile && builtIn(m.id)).map((m) => m.id);
}

/** Read a link payload (the part after `#/assignment/`); never throws, never stores anything. */
export async function decodeAssignment(payload: string, options: ParseOptions = {}): Promise<DecodeResult> {
  if (typeof payload !== 'string' || payload.length === 0) return fail('malformed', 'This assignment link is empty: it may have been cut off when it was copied.');
  if (payload.length > MAX_PAYLOAD_CHARS)
    return fail('too-long', `This assignment link is too long (${payload.length} characters; an assignment is never longer than ${MAX_PAYLOAD_CHARS}).`);
  let value: unknown;
  if (isCompactPayload(payload)) {
    const compact = decodeCompact(payload);
    if (!compact.ok) return compact;
    value = compact.value;
  } else {
    const text = decodeBase64url(payload);
    if (text === undefined) return fail('malformed', 'This assignment link is damaged: it may have been cut off or changed when it was copied.');
    try {
      value = JSON.parse(text);
    } catch {
      return fail('malformed', 'This assignment link is damaged: it may have been cut off or changed when it was copied.');
    }
  }
  const parsed = parseAssignment(value, options);
  if (!parsed.ok) return parsed;
  return { ok: true, assignment: parsed.assignment, id: await assignmentId(parsed.assignment), payload: encodeAssignment(parsed.assignment) };
}

/** The link payload of an assignment (short format 3, else JSON); throws when it is invalid or would be too long. */
export function encodeAssignment(assignment: Assignment): string {
  const a = normalise(assignment);
  const parsed = v.safeParse(AssignmentSchemas[a.v], a);
  if (!parsed.success) throw new Error(`Cannot encode the assignment: ${parsed.issues[0]?.message}.`);
  const checked = normalise(parsed.output as Assignment);
  const payload = encodeCompact(checked) ?? encodeBase64url(JSON.stringify(checked));
  if (payload.length > MAX_PAYLOAD_CHARS) throw new Error(`The assignment is too long for a link (${payload.length} characters; at most ${MAX_PAYLOAD_CHARS}). Shorten the title or assign fewer modules.`);
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
