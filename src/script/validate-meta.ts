/**
 * The front matter's meaning: known and required fields, their types, vocabulary tags, the cast
 * (resolved against the people registry) and the climate. Returns what the scene checks need
 * (speaker names, climate variables and the competencies the script declares) and, when all of
 * it is right, the front matter typed (`ScriptMeta`) for the builder.
 */
import { CAST_FIELDS, resolveCastEntry } from './cast';
import { MAX_CONTENT_NOTE_CHARS, MAX_CONTENT_NOTES } from './limits';
import { isOneOf } from './one-of';
import type { Person } from './people';
import type { RawScript } from './raw-script';
import type { ScriptMeta } from './script-meta';
import { LENGTHS, ROLES, SEATS, TRACKS, type CastMember, type ClimateVariable, type Vocabulary } from './types';

/** Ids of scripts, scenes, choices, cast and climate. */
export const ID = /^[a-z0-9][a-z0-9-]*$/;
const KNOWN_META = new Set([
  'id', 'title', 'summary', 'track', 'length', 'order', 'seat', 'minutes', 'sessionMinutes', 'setting', 'patient', 'props',
  'contentNotes', 'competencies', 'rules', 'challenges', 'related', 'singleLeader', 'cast', 'climate',
]);
const REQUIRED_META = ['id', 'title', 'summary', 'track', 'seat', 'minutes', 'setting', 'competencies', 'cast', 'climate'];

/**
 * What the front matter declares, for the checks of the body. A set is absent when its field
 * could not be read (the parser reported why): the body is then not checked against it, since
 * every such message would only repeat that one problem.
 */
export interface DeclaredMeta {
  /** Speaker names (`You` included) → cast id. */
  names?: Map<string, string>;
  /** Climate variable ids. */
  variables?: Set<string>;
  /** Competency ids of the vocabulary. */
  competencies: Set<string>;
  /** Competency ids this script lists. */
  declared?: Set<string>;
  /** The front matter typed, present only when every field of it was read and is right. */
  checked?: ScriptMeta;
}

/** Check the front matter; `err` reports each problem. */
export function validateMeta(raw: RawScript, vocabulary: Vocabulary, people: ReadonlyMap<string, Person> | undefined, report: (line: number, message: string) => void): DeclaredMeta {
  let wrong = false;
  const err = (line: number, message: string) => {
    wrong = true;
    report(line, message);
  };
  const meta = raw.meta;
  const metaLine = (k: string) => meta[k]?.line ?? raw.metaLine;
  const unreadMeta = raw.unread?.meta;
  const unread = (k: string) => unreadMeta === 'all' || (unreadMeta?.includes(k) ?? false);

  for (const key of Object.keys(meta)) if (!KNOWN_META.has(key)) err(meta[key]!.line, `unknown front matter field "${key}"`);
  for (const key of REQUIRED_META) if (!(key in meta) && !unread(key)) err(raw.metaLine, `front matter is missing "${key}"`);
  const str = (k: string, pattern?: RegExp): string | undefined => {
    const e = meta[k];
    if (!e) return undefined;
    if (typeof e.value !== 'string' || !e.value.trim()) err(e.line, `"${k}" must be non-empty text`);
    else if (pattern && !pattern.test(e.value)) err(e.line, `"${k}" must use lower-case letters, digits and hyphens, found "${e.value}"`);
    else return e.value;
    return undefined;
  };
  const text = { id: str('id', ID), title: str('title'), summary: str('summary'), setting: str('setting'), patient: str('patient'), singleLeader: str('singleLeader') };
  const oneOf = <T extends string>(k: string, allowed: readonly T[]): T | undefined => {
    const e = meta[k];
    if (!e) return undefined;
    if (isOneOf(allowed, e.value)) return e.value;
    err(e.line, `"${k}" must be one of ${allowed.join(', ')}, found "${String(e.value)}"`);
    return undefined;
  };
  const words = { track: oneOf('track', TRACKS), seat: oneOf('seat', SEATS), length: oneOf('length', LENGTHS) };
  const num = (k: string): number | undefined => {
    const e = meta[k];
    if (!e) return undefined;
    if (typeof e.value === 'number' && Number.isFinite(e.value) && e.value >= 0 && e.value <= 600) return e.value;
    err(e.line, `"${k}" must be a number from 0 to 600`);
    return undefined;
  };
  const numbers = { minutes: num('minutes'), sessionMinutes: num('sessionMinutes'), order: num('order') };
  // Lists of text: each entry once (views key their lists by these values), each with its line.
  const checked = new Map<string, { value: string; line: number }[]>();
  const items = (k: string): { value: string; line: number }[] => {
    const e = meta[k];
    if (!e) return [];
    if (checked.has(k)) return checked.get(k)!;
    const strings: unknown[] = Array.isArray(e.value) ? e.value : [];
    const texts = strings.filter((v) => typeof v === 'string');
    if (!Array.isArray(e.value) || texts.length !== strings.length) {
      err(e.line, `"${k}" must be a list of text, like [a, b]`);
      checked.set(k, []);
      return [];
    }
    const out = texts.map((value, i) => ({ value, line: e.items?.[i] ?? e.line }));
    const first = new Map<string, number>();
    for (const { value, line } of out) {
      if (first.has(value)) err(line, `"${k}" lists "${value}" twice (first at line ${first.get(value)}); list each once`);
      else first.set(value, line);
    }
    checked.set(k, out);
    return out;
  };
  const list = (k: string): string[] => [...new Set(items(k).map((i) => i.value))];
  const tagCheck = (k: string, known: Set<string>, what: string) => {
    for (const t of items(k)) if (!known.has(t.value)) err(t.line, `unknown ${what} "${t.value}" (see content/vocabulary.yaml)`);
  };
  const competencies = new Set(vocabulary.competencies.map((c) => c.id));
  tagCheck('competencies', competencies, 'competency');
  tagCheck('rules', new Set(vocabulary.rules.map((r) => r.id)), 'ground rule');
  tagCheck('challenges', new Set(vocabulary.challenges.map((c) => c.id)), 'leadership challenge');
  const notes = items('contentNotes');
  if (notes.length > MAX_CONTENT_NOTES) err(metaLine('contentNotes'), `"contentNotes" has ${notes.length} notes; the limit is ${MAX_CONTENT_NOTES}, so name the heaviest themes only`);
  for (const n of notes)
    if (n.value.length > MAX_CONTENT_NOTE_CHARS) err(n.line, `a content note is ${n.value.length} characters long; the limit is ${MAX_CONTENT_NOTE_CHARS}, so name the theme in a few words`);
  const values = (k: string) => items(k).map((i) => i.value);
  const lists = { props: values('props'), contentNotes: values('contentNotes'), competencies: values('competencies'), rules: values('rules'), challenges: values('challenges'), related: values('related') };
  for (const r of items('related')) if (!ID.test(r.value)) err(r.line, `related module id "${r.value}" is not a valid id`);

  const { names, cast } = validateCast(raw, people, err);
  const { variables, climate } = validateClimate(raw, err);
  const { id, title, summary, setting, patient, singleLeader } = text;
  const { track, seat, length } = words;
  const { minutes, sessionMinutes, order } = numbers;
  const complete = !wrong && !unreadMeta && id !== undefined && title !== undefined && summary !== undefined && setting !== undefined && track !== undefined && seat !== undefined && minutes !== undefined;
  return {
    ...(unread('cast') ? {} : { names }),
    ...(unread('climate') ? {} : { variables }),
    competencies,
    ...(unread('competencies') ? {} : { declared: new Set(list('competencies')) }),
    ...(complete
      ? {
          checked: {
            id, title, summary, setting, track, seat, minutes, ...lists, cast, climate,
            ...(patient !== undefined ? { patient } : {}),
            ...(singleLeader !== undefined ? { singleLeader } : {}),
            ...(length !== undefined ? { length } : {}),
            ...(sessionMinutes !== undefined ? { sessionMinutes } : {}),
            ...(order !== undefined ? { order } : {}),
          },
        }
      : {}),
  };
}

/** A YAML map (not a list, not a scalar). */
function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The entries of a front-matter list of maps (`cast`, `climate`) with their lines. Reports a field
 * that is not a non-empty list (`notList`) and each entry that is not a map (`notMap`).
 */
function mapEntries(raw: RawScript, key: string, notList: string, notMap: string, err: (line: number, message: string) => void) {
  const field = raw.meta[key];
  if (!field) return [];
  if (!Array.isArray(field.value) || field.value.length === 0) {
    err(field.line, notList);
    return [];
  }
  return field.value.flatMap((value: unknown, i) => {
    const line = field.items?.[i] ?? field.line;
    if (isMap(value)) return [{ entry: value, line }];
    err(line, notMap);
    return [];
  });
}

/** Check the cast; returns speaker names → ids and the members that are right. */
function validateCast(raw: RawScript, people: ReadonlyMap<string, Person> | undefined, err: (line: number, message: string) => void): { names: Map<string, string>; cast: CastMember[] } {
  const names = new Map<string, string>([['You', 'you']]);
  const cast: CastMember[] = [];
  const castIds = new Set<string>();
  const entries = mapEntries(raw, 'cast', '"cast" must be a list of people', 'each cast member needs an id and a role, like { id: agnes-oduya, role: leader }', err);
  for (const { entry, line } of entries) {
    for (const k of Object.keys(entry)) if (!CAST_FIELDS.includes(k)) err(line, `unknown cast field "${k}"`);
    const { id, role, note } = entry;
    const validId = typeof id === 'string' && ID.test(id);
    if (!validId) err(line, 'cast member needs an "id" of lower-case letters, digits and hyphens');
    else if (castIds.has(id)) err(line, `duplicate cast id "${id}"`);
    else castIds.add(id);
    if (!isOneOf(ROLES, role)) err(line, `cast role must be one of ${ROLES.join(', ')}`);
    if (note !== undefined && (typeof note !== 'string' || !note.trim())) err(line, 'a cast "note" must be non-empty text');
    const who = resolveCastEntry(entry, people);
    if (!who.inline && !who.person) {
      if (!validId) continue;
      if (people) err(line, `cast member "${id}" is not in the people registry (content/people/)`);
      else err(line, `cast member "${id}" needs a "name" and a one-line "persona"`);
      continue;
    }
    if (who.inline && who.profession !== undefined && (typeof who.profession !== 'string' || !who.profession.trim())) err(line, 'a cast "profession" must be non-empty text');
    if (typeof who.persona !== 'string' || !who.persona.trim()) err(line, 'cast member needs a one-line "persona"');
    const { name, persona, profession } = who;
    if (typeof name !== 'string' || !name.trim()) err(line, 'cast member needs a "name"');
    else if (names.has(name)) err(line, `duplicate cast name "${name}"`);
    else names.set(name, String(id));
    if (validId && isOneOf(ROLES, role) && typeof name === 'string' && typeof persona === 'string')
      cast.push({ id, name, role, persona, ...(typeof profession === 'string' ? { profession } : {}), ...(typeof note === 'string' ? { note } : {}), line });
  }
  return { names, cast };
}

/** Check the climate; returns the variable ids and the variables that are right. */
function validateClimate(raw: RawScript, err: (line: number, message: string) => void): { variables: Set<string>; climate: ClimateVariable[] } {
  const variables = new Set<string>();
  const climate: ClimateVariable[] = [];
  for (const { entry, line } of mapEntries(raw, 'climate', '"climate" must be a list of variables', 'each climate variable needs id, label and start', err)) {
    const { id, label, start, ...rest } = entry;
    for (const k of Object.keys(rest)) err(line, `unknown climate field "${k}"`);
    if (typeof id !== 'string' || !ID.test(id)) err(line, 'climate variable needs an "id"');
    else if (variables.has(id)) err(line, `duplicate climate variable "${id}"`);
    else variables.add(id);
    if (typeof label !== 'string' || !label.trim()) err(line, 'climate variable needs a "label"');
    const startOk = typeof start === 'number' && Number.isFinite(start) && start >= 0 && start <= 100;
    if (!startOk) err(line, 'climate "start" must be a number from 0 to 100');
    if (typeof id === 'string' && typeof label === 'string' && startOk) climate.push({ id, label, start, line });
  }
  return { variables, climate };
}
