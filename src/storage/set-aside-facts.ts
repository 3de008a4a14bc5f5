/**
 * What the app can say about a set-aside record, as data for the views to word (`m.setAside`):
 * its kind, what the learner knows it by (module, start date, title) and what was wrong (a schema
 * problem as data from `issue-facts.ts`, never a validation library's wording). The record itself
 * is untrusted: only text that passes the checks of a stored title, and real calendar times, are
 * taken from it.
 */
import * as v from 'valibot';
import { issueFacts } from '../files/issue-facts';
import { KINDS } from './record-kinds';
import { hasUnsafeText, isCalendarTime } from './text-checks';
import type { IssueFacts } from '../files/types';
import type { RecordKind, SetAsideRecord } from './types';

/** Why a set-aside record is not used. */
export type SetAsideProblem =
  /** A restored attempt whose saved place and steps do not fit its module. */
  | { code: 'does-not-resume' }
  /** It does not match its schema; `issue` says where and what. */
  | { code: 'unreadable'; issue: IssueFacts }
  /** It did not match when it was set aside, but does now (a newer app reads it): a restore brings it back. */
  | { code: 'readable-now' };

/** What can be said about one set-aside record. */
export interface SetAsideFacts {
  /** What kind of record it is. */
  kind: RecordKind;
  /** The module (script) id it belongs to, when it names one. */
  moduleId?: string;
  /** When the attempt started, when it says and the time is real. */
  startedAt?: string;
  /** A case file's own title, when it has one. */
  title?: string;
  /** What was wrong. */
  problem: SetAsideProblem;
}

/** The facts of a set-aside record. */
export function setAsideFacts(entry: SetAsideRecord): SetAsideFacts {
  const r = (entry.record !== null && typeof entry.record === 'object' ? entry.record : {}) as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' && x.length > 0 && x.length <= 200 && !hasUnsafeText(x) ? x : undefined);
  const facts: SetAsideFacts = { kind: entry.kind, problem: problemOf(entry) };
  const moduleId = text(r.moduleId);
  if (moduleId && entry.kind !== 'library') facts.moduleId = moduleId;
  if (entry.kind === 'attempt' && typeof r.startedAt === 'string' && isCalendarTime(r.startedAt)) facts.startedAt = r.startedAt;
  const title = text(r.title);
  if (title && entry.kind === 'library') facts.title = title;
  return facts;
}

function problemOf(entry: SetAsideRecord): SetAsideProblem {
  if (entry.reason === 'does-not-resume') return { code: 'does-not-resume' };
  const kind = KINDS[entry.kind] as { schema: v.GenericSchema };
  const checked = v.safeParse(kind.schema, entry.record);
  return checked.success ? { code: 'readable-now' } : { code: 'unreadable', issue: issueFacts(checked.issues[0]) };
}
