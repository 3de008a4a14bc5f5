/**
 * The `Key: value` fields of scenes and choices: one handler per field, in two tables, and the
 * patterns the body reader finds them with. A new field is one entry here (and its type in
 * raw-script.ts). One-line fields are read at once; multi-line fields (feedback, the debrief) run
 * until the next field or heading and are handed their lines when they end.
 */
import { parseCondition } from './condition-parser';
import { MAX_DELTA } from './limits';
import { nearWord } from './parse-headings';
import { readDebrief, readText } from './parse-text';
import type { RawChoice, RawDelta, RawScene } from './raw-script';
import type { Route } from './types';

/** Where the parser reports a problem. */
export type Report = (line: number, message: string) => void;

/** A field read from its one line. `conditional` fields may be written `Key if <condition>:`. */
interface LineField<T> {
  multiline?: false;
  /** May be written more than once (each adds to a list). */
  repeatable?: boolean;
  conditional?: boolean;
  read(target: T, value: string, line: number, report: Report, condition?: string): void;
}

/** A field whose text runs over lines and paragraphs until the next field or heading. */
interface TextField<T> {
  multiline: true;
  repeatable?: false;
  conditional?: false;
  /** `lines` starts with the text after `Key:`; `line` is the field's own line. */
  set(target: T, lines: string[], line: number, report: Report): void;
}

export type Field<T> = LineField<T> | TextField<T>;

/** A table of fields and the pattern that recognises any of them at the start of a line. */
export interface FieldTable<T> {
  fields: Record<string, Field<T>>;
  /** Groups: 1 the key as written (with its condition), then the condition, then the value. */
  pattern: RegExp;
}

function table<T>(fields: Record<string, Field<T>>): FieldTable<T> {
  const keys = Object.entries(fields).map(([k, f]) => k + (f.conditional ? '(?: if (.+?))?' : ''));
  return { fields, pattern: new RegExp(`^(${keys.join('|')}):\\s*(.*)$`) };
}

/** A recognised field on one line. */
export interface FieldMatch {
  /** The field name (`Goes to`, `What happened`). */
  key: string;
  /** The condition of a `Key if <condition>:` field. */
  condition?: string;
  /** The text after the colon, trimmed. */
  value: string;
}

/** The field a line starts, if it starts one of the table's fields. */
export function matchField<T>(t: FieldTable<T>, text: string): FieldMatch | undefined {
  const m = t.pattern.exec(text);
  if (!m) return undefined;
  return { key: m[1]!.replace(/ if .*$/, ''), condition: m[2], value: m[m.length - 1]!.trim() };
}

/** A field written with a typo, as the author meant it, and the message that says so. */
export interface NearField {
  /** The field as meant. */
  match: FieldMatch;
  /** What is wrong, in the app's words. */
  message: string;
}

/**
 * A line that is plainly one of the table's fields with a typo: a misspelt name before the colon
 * (`What hapened:`, `goes to:`) or a missing colon (`Goes to [label](#id)`). The body reader asks
 * only where the line would otherwise be an error (a new paragraph after a choice), or, for a
 * scene, only for a way on written as a link, so prose is never taken for a field.
 */
export function nearField<T>(t: FieldTable<T>, text: string, owner: 'choice' | 'scene', linksOnly = false): NearField | undefined {
  const keys = Object.keys(t.fields).filter((k) => !linksOnly || k === 'Next');
  const typo = /^([A-Za-z][A-Za-z ]{0,23}?)\s*:\s*((?:\S.*)?)$/.exec(text);
  const missing = typo ? undefined : keys.map((k) => ({ k, m: new RegExp(`^${k}\\s+(\\S.*)$`).exec(text) })).find((x) => x.m);
  let key: string | undefined;
  let value: string;
  let message: string;
  if (typo) {
    const written = typo[1]!;
    key = keys.find((k) => nearWord(written, k) && (written.length >= 5 || written.toLowerCase()[0] === k.toLowerCase()[0]));
    value = typo[2]!.trim();
    message = `"${written}:" is not a ${owner} field; did you mean "${key}:"?`;
  } else if (missing) {
    key = missing.k;
    value = missing.m![1]!.trim();
    message = `"${key}" needs a colon after it: "${key}: …"`;
  } else return undefined;
  if (!key || (linksOnly && !LINK.test(value))) return undefined;
  return { match: { key, value }, message };
}

const LINK = /^(?:\[[^\]]*\]\(#([a-z0-9][a-z0-9-]*)\)|#([a-z0-9][a-z0-9-]*))\s*$/;

/** A `[label](#scene-id)` or `#scene-id` way on, with its optional condition. */
function readRoute(condition: string | undefined, target: string, line: number, label: string, report: Report): Route | null {
  const m = LINK.exec(target.trim());
  const id = m ? (m[1] ?? m[2]) : undefined;
  if (!id) {
    report(line, `${label} needs a scene link like "[label](#scene-id)"`);
    return null;
  }
  if (condition === undefined) return { target: id, line };
  const c = parseCondition(condition);
  if (!c.ok) {
    report(line, c.message);
    return null;
  }
  return { target: id, when: c.condition, line };
}

/** Author's text quoted in a message: at most 60 characters. */
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** `safety +10, focus -5`. */
function readDeltas(text: string, line: number, what: string, report: Report): RawDelta[] {
  const out: RawDelta[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z][a-z0-9-]*)\s+([+-]\d+)$/.exec(part);
    if (!m) {
      report(line, `${what} "${clip(part)}" should look like "name +5" or "name -1"`);
      continue;
    }
    const delta = Number(m[2]);
    if (!(Math.abs(delta) <= MAX_DELTA)) {
      report(line, `${what} "${clip(part)}" is too large: write a whole number from -${MAX_DELTA} to +${MAX_DELTA}`);
      continue;
    }
    out.push({ id: m[1]!, delta, line });
  }
  return out;
}

/** A report that also counts what it passed on. */
function diagnosticsSeen(report: Report): { report: Report; count: () => number } {
  let n = 0;
  return {
    report: (line, message) => {
      n++;
      report(line, message);
    },
    count: () => n,
  };
}

/** `yes` or `no`, else an error naming the field. */
function readYesNo(key: string, value: string, line: number, report: Report): boolean {
  if (!/^(yes|no)$/.test(value)) report(line, `${key}: must be "yes" or "no"`);
  return value === 'yes';
}

/** A feedback field stored under `prop`. */
const feedback = (prop: 'happened' | 'why' | 'gives' | 'costs' | 'also' | 'instead'): TextField<RawChoice> => ({
  multiline: true,
  set: (c, lines, line) => (c[prop] = readText(lines, line)),
});

/** Fields after a `#### Choice` heading. */
export const CHOICE_FIELDS = table<RawChoice>({
  Silent: { read: (c, v, line, report) => (c.silent = readYesNo('Silent', v, line, report)) },
  If: {
    read(c, v, line, report) {
      const r = parseCondition(v);
      if (r.ok) c.when = r.condition;
      else report(line, r.message);
    },
  },
  Effects: { repeatable: true, read: (c, v, line, report) => c.effects.push(...readDeltas(v, line, 'effect', report)) },
  Evidence: {
    repeatable: true,
    read(c, v, line, report) {
      const before = diagnosticsSeen(report);
      c.evidence.push(...readDeltas(v, line, 'evidence', before.report));
      if (before.count()) (c.unreadFields ??= []).push('Evidence');
    },
  },
  'Goes to': {
    repeatable: true,
    conditional: true,
    read(c, v, line, report, condition) {
      const r = readRoute(condition, v, line, 'Goes to:', report);
      if (r) c.routes.push(r);
      else (c.unreadFields ??= []).push('Goes to');
    },
  },
  'What happened': feedback('happened'),
  Why: feedback('why'),
  Gives: feedback('gives'),
  Costs: feedback('costs'),
  'Also possible': feedback('also'),
  Instead: feedback('instead'),
});

/** Fields of a scene or ending, before its choices. */
export const SCENE_FIELDS = table<RawScene>({
  Minutes: {
    read(s, v, line, report) {
      const n = Number(v);
      if (!/^\d+(\.\d+)?$/.test(v) || n > 120) report(line, `Minutes: must be a number of minutes (0–120), found "${v}"`);
      else s.minutes = n;
    },
  },
  'Long intervention': { read: (s, v, line, report) => (s.longIntervention = readYesNo('Long intervention', v, line, report)) },
  Title: { read: (s, v, line) => (s.title = { value: v, line }) },
  Kind: { read: (s, v, line) => (s.kind = { value: v, line }) },
  Outcome: { read: (s, v, line) => (s.outcome = { value: v, line }) },
  Next: {
    repeatable: true,
    conditional: true,
    read(s, v, line, report, condition) {
      const r = readRoute(condition, v, line, 'Next:', report);
      if (r) s.next.push(r);
      else (s.unreadFields ??= []).push('Next');
    },
  },
  Debrief: { multiline: true, set: (s, lines, line, report) => (s.debrief = readDebrief(lines, line, report)) },
});
