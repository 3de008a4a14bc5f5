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
import type { Assignment, LinkError } from './types';

/** First character of a format 3 payload. */
export const COMPACT_PREFIX = '3';
/** Most bytes a format 3 payload may inflate to. */
export const MAX_INFLATED_BYTES = 16384;

type Compact = { ok: true; value: unknown } | ({ ok: false } & LinkError);

const FEEDBACK = ['immediate', 'debrief'] as const;
const fail = (kind: LinkError['kind'], reason: string) => ({ ok: false as const, kind, reason });
const damaged = () => fail('malformed', 'This assignment link is damaged: it may have been cut off or changed when it was copied.');
const invalid = (what: string) => fail('invalid', `This assignment link is not valid: ${what}.`);

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
  if (inflated.length > MAX_INFLATED_BYTES) return fail('too-long', `This assignment link is too long: it unpacks to more than ${MAX_INFLATED_BYTES} bytes, which no assignment does.`);
  const text = utf8(inflated);
  if (text === undefined) return damaged();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return damaged();
  }
  if (!Array.isArray(value) || value.length !== 6) return invalid('it does not hold an assignment');
  const [version, title, cohort, due, feedback, modules] = value as unknown[];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return invalid('its module list version is not one Balint Rehearsal has ever written');
  if (version > CATALOGUE_VERSION)
    return fail('version', `This assignment was made by a newer version of Balint Rehearsal (module list ${version}). Update the app (reload it, or accept the update offer), then open the link again.`);
  const list = CATALOGUE_INDEX[version];
  if (!list) return invalid('its module list version is not one Balint Rehearsal has ever written');
  if (feedback !== 0 && feedback !== 1) return invalid('the feedback setting is not one this app knows');
  if (typeof due !== 'string') return invalid('the due date is not text');
  if (!Array.isArray(modules)) return invalid('the module list is not a list');
  const out: unknown[] = [];
  for (const m of modules) {
    if (typeof m === 'number') {
      const id = Number.isInteger(m) && m >= 0 && m < list.length * 2 ? list[Math.floor(m / 2)] : undefined;
      if (id === undefined) return fail('unknown-module', 'This assignment names a module this app does not have (by a number no module has). The link may be mistyped, or made for a newer version of the app.');
      out.push({ id, required: m % 2 === 1 });
    } else if (Array.isArray(m) && m.length === 4 && (m[1] === 0 || m[1] === 1)) {
      out.push({ id: m[0], required: m[1] === 1, caseFile: { hash: m[2], title: m[3] } });
    } else return invalid('a module entry is neither a module nor a case file');
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
