/**
 * The cmi5 conformance checklist, asserted against what the LRS actually stored: for every
 * session, initialized first and terminated last (by stored order and by timestamp); completed at
 * most once per registration; no cmi5 category on cmi5 allowed statements and the moveOn category
 * only on completed; every statement's context keeps the LMS's context template. Returns the
 * problems found (an empty list when all holds).
 */
import type { StoredStatement } from './testbed';

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const ADL = 'http://adlnet.gov/expapi/verbs/';
/** Verbs the AU sends (the LMS's own launched, satisfied and abandoned are not the AU's). */
const AU_VERBS = ['initialized', 'answered', 'progressed', 'completed', 'scored', 'terminated'].map((v) => ADL + v);
const DEFINED = ['initialized', 'completed', 'terminated'].map((v) => ADL + v);

/** The verb's last path segment. */
export const verbOf = (s: StoredStatement) => s.verb.id.split('/').pop()!;

/** The AU's statements (not the LMS's), in stored order. */
export function auStatements(all: readonly StoredStatement[]): StoredStatement[] {
  return all.filter((s) => AU_VERBS.includes(s.verb.id));
}

/** The AU's statements grouped by cmi5 session, sessions in order of their first statement. */
export function bySession(all: readonly StoredStatement[]): StoredStatement[][] {
  const groups = new Map<string, StoredStatement[]>();
  for (const s of auStatements(all)) {
    const id = String(s.context?.extensions?.[SESSION]);
    groups.set(id, [...(groups.get(id) ?? []), s]);
  }
  return [...groups.values()];
}

/** A context template as LMS.LaunchData holds it. */
export interface Template {
  contextActivities?: Record<string, { id: string }[]>;
  extensions?: Record<string, unknown>;
}

/** Problems with the statements of one registration; `templates` by session id. */
export function checklist(all: readonly StoredStatement[], templates: ReadonlyMap<string, Template>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const s of all) {
    if (ids.has(s.id)) problems.push(`statement ${s.id} is stored twice`);
    ids.add(s.id);
  }
  const completed = auStatements(all).filter((s) => s.verb.id === ADL + 'completed');
  if (completed.length > 1) problems.push(`completed ${completed.length} times in one registration`);
  for (const session of bySession(all)) {
    const sid = String(session[0]!.context?.extensions?.[SESSION]);
    if (verbOf(session[0]!) !== 'initialized') problems.push(`session ${sid} starts with ${verbOf(session[0]!)}`);
    if (verbOf(session.at(-1)!) !== 'terminated') problems.push(`session ${sid} ends with ${verbOf(session.at(-1)!)}`);
    const times = session.map((s) => Date.parse(s.timestamp));
    if (times.some((t, i) => i > 0 && t < times[i - 1]!)) problems.push(`session ${sid}: timestamps go backwards`);
    const template = templates.get(sid);
    if (!template) problems.push(`session ${sid}: no launch data recorded`);
    for (const s of session) {
      const cats = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
      const defined = DEFINED.includes(s.verb.id);
      if (defined !== cats.includes(CMI5)) problems.push(`${verbOf(s)} ${s.id}: cmi5 category ${defined ? 'missing' : 'on an allowed statement'}`);
      if (cats.includes(MOVEON) !== (verbOf(s) === 'completed')) problems.push(`${verbOf(s)} ${s.id}: moveOn category where it does not belong`);
      if (s.result?.success !== undefined || ['passed', 'failed'].includes(verbOf(s))) problems.push(`${verbOf(s)} ${s.id}: a grade (success, passed or failed)`);
      if (template) problems.push(...kept(s, template));
    }
  }
  return problems;
}

function kept(s: StoredStatement, t: Template): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(t.extensions ?? {}))
    if (JSON.stringify(s.context?.extensions?.[k]) !== JSON.stringify(v)) out.push(`${verbOf(s)} ${s.id}: template extension ${k} not kept`);
  for (const [kind, list] of Object.entries(t.contextActivities ?? {}))
    for (const a of list) if (!(s.context?.contextActivities?.[kind] ?? []).some((x) => x.id === a.id)) out.push(`${verbOf(s)} ${s.id}: template ${kind} ${a.id} not kept`);
  return out;
}
