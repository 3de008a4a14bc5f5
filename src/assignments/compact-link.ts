/**
 * Link format 3: the short assignment link. The same assignment as the JSON link (formats 1 and 2),
 * written compactly so its QR code stays scannable on paper: `3` then base64url of raw DEFLATE
 * (fflate) of the UTF-8 JSON array
 *
 *   [catalogueVersion, title, cohort, due or "", feedback (0 immediate, 1 debrief), modules]
 *
 * where a built-in module is one number, `index * 2 + (required ? 1 : 0)`, its index into the
 * catalogue list of that version (`catalogue-index.ts`), and a case file is
 * `[id, required (0 or 1), hash, title]`. A JSON link always starts with `e` (base64url of `{`), so
 * the leading `3` tells the two apart.
 *
 * Reading turns the array back into the ordinary assignment object and hands it to the same checks
 * as a JSON link (forbidden keys, version, schema, dates, characters, built-in ids). Before that it
 * checks what only this format has: the inflated size (a small link cannot inflate to megabytes),
 * the array's shape, the catalogue version and every index.
 */
import { deflateSync, inflateSync } from 'fflate';
import { decodeBase64urlBytes, encodeBase64urlBytes, utf8 } from './base64url';
import { CATALOGUE_INDEX, CATALOGUE_VERSION } from './catalogue-index';
import type { Assignment, LinkError, LinkProblem } from './types';

/** First character of a format 3 payload. */
export const COMPACT_PREFIX = '3';
/** Most bytes a format 3 payload may inflate to. */
export const MAX_INFLATED_BYTES = 16384;

type Compact = { ok: true; value: unknown } | ({ ok: false } & LinkError);

const FEEDBACK = ['immediate', 'debrief'] as const;
const fail = (kind: LinkError['kind'], problem: LinkProblem) => ({ ok: false as const, kind, problem });
const damaged = () => fail('malformed', { code: 'damaged' });
const invalid = (problem: LinkProblem) => fail('invalid', problem);

/** True when a payload is in the short format (format 3). */
export function isCompactPayload(payload: string): boolean {
  return payload.startsWith(COMPACT_PREFIX);
}

/**
 * The format 3 payload of a checked assignment, or undefined when a module is neither a case file
 * nor in the catalogue list (a module since removed, kept by a stored assignment): such an
 * assignment stays in the JSON format.
 */
export function encodeCompact(a: Assignment): string | undefined {
  const list = CATALOGUE_INDEX[CATALOGUE_VERSION]!;
  if (a.modules.some((m) => !m.caseFile && !list.includes(m.id))) return undefined;
  const modules = a.modules.map((m) => (m.caseFile ? [m.id, m.required ? 1 : 0, m.caseFile.hash, m.caseFile.title] : list.indexOf(m.id) * 2 + (m.required ? 1 : 0)));
  const json = JSON.stringify([CATALOGUE_VERSION, a.title, a.cohort, a.due ?? '', FEEDBACK.indexOf(a.feedback), modules]);
  return COMPACT_PREFIX + encodeBase64urlBytes(deflateSync(new TextEncoder().encode(json), { level: 9 }));
}

/** The assignment object a format 3 payload holds (not yet checked as an assignment); never throws. */
export function decodeCompact(payload: string): Compact {
  const bytes = decodeBase64urlBytes(payload.slice(COMPACT_PREFIX.length));
  if (!bytes || !bytes.length) return damaged();
  let inflated: Uint8Array;
  try {
    // A buffer one byte larger than allowed: filling it means the payload inflates too far.
    inflated = inflateSync(bytes, { out: new Uint8Array(MAX_INFLATED_BYTES + 1) });
  } catch {
    return damaged();
  }
  if (inflated.length > MAX_INFLATED_BYTES) return fail('too-long', { code: 'too-long', length: inflated.length, max: MAX_INFLATED_BYTES, unpacked: true });
  const text = utf8(inflated);
  if (text === undefined) return damaged();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return damaged();
  }
  if (!Array.isArray(value) || value.length !== 6) return invalid({ code: 'not-an-assignment' });
  const [version, title, cohort, due, feedback, modules] = value as unknown[];
  const unknownList = invalid({ code: 'unknown-version', list: true });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return unknownList;
  if (version > CATALOGUE_VERSION) return fail('version', { code: 'newer-version', version, list: true });
  const list = CATALOGUE_INDEX[version];
  if (!list) return unknownList;
  if (feedback !== 0 && feedback !== 1) return invalid({ code: 'field', field: 'feedback', issue: 'unknown-value' });
  if (typeof due !== 'string') return invalid({ code: 'field', field: 'due', issue: 'not-text' });
  if (!Array.isArray(modules)) return invalid({ code: 'field', field: 'modules', issue: 'not-a-list' });
  const out: unknown[] = [];
  for (const m of modules) {
    if (typeof m === 'number') {
      const id = Number.isInteger(m) && m >= 0 && m < list.length * 2 ? list[Math.floor(m / 2)] : undefined;
      if (id === undefined) return fail('unknown-module', { code: 'unknown-modules', count: 1 });
      out.push({ id, required: m % 2 === 1 });
    } else if (Array.isArray(m) && m.length === 4 && (m[1] === 0 || m[1] === 1)) {
      out.push({ id: m[0], required: m[1] === 1, caseFile: { hash: m[2], title: m[3] } });
    } else return invalid({ code: 'bad-module-entry' });
  }
  return {
    ok: true,
    value: {
      v: out.some((m) => (m as { caseFile?: unknown }).caseFile) ? 2 : 1,
      title,
      cohort,
      ...(due ? { due } : {}),
      feedback: FEEDBACK[feedback],
      modules: out,
    },
  };
}
