/**
 * A schema problem as data: where it is (a dot path) and what is wrong there (`ValueProblem`), for
 * the views to word (`m.schemaProblems`), never a validation library's wording ("Invalid length:
 * Expected …"). The codes the app's own schemas set (`CHECK` in `text-checks.ts`) are read back
 * here; every other problem is read by its kind.
 */
import * as v from 'valibot';
import { CHECK } from '../storage/text-checks';
import type { CheckCode, IssueFacts, ValueProblem } from './types';

/** Every code `CHECK` sets. */
const CHECK_CODES = new Set<string>(Object.values(CHECK));

/** Messages a list check sets when it names one item twice (`same-twice:<item>`). */
const SAME_TWICE = /^same-twice:(ending|competency)$/;

/** A dot path or key, cut to 60 characters and "…". */
export function cut(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/** What is wrong at the issue's place. */
export function valueProblem(issue: v.BaseIssue<unknown>): ValueProblem {
  const limit = typeof issue.requirement === 'number' ? issue.requirement : undefined;
  if (CHECK_CODES.has(issue.message)) return { code: 'check', check: issue.message as CheckCode, ...(limit === undefined ? {} : { limit }) };
  const twice = SAME_TWICE.exec(issue.message);
  if (twice) return { code: 'same-twice', item: twice[1] as 'ending' | 'competency' };
  const many = Array.isArray(issue.input);
  switch (issue.type) {
    case 'max_length':
      return many ? { code: 'too-many-items', max: limit ?? 0 } : { code: 'too-long', max: limit ?? 0 };
    case 'min_length':
      return many ? { code: 'empty-list' } : { code: 'empty' };
    case 'picklist':
    case 'literal':
      return { code: 'unknown-value' };
    case 'regex':
      return { code: 'wrong-form' };
    case 'string':
      return { code: 'not-text' };
    case 'number':
      return { code: 'not-a-number' };
    case 'integer':
      return { code: 'not-whole' };
    case 'boolean':
      return { code: 'not-yes-or-no' };
    case 'min_value':
    case 'max_value':
      return { code: 'out-of-range' };
    case 'array':
      return { code: 'not-a-list' };
    case 'object':
    case 'strict_object':
    case 'record':
      return { code: 'not-fields' };
    case 'variant':
      return { code: 'unknown-kind' };
    default:
      return { code: 'other' };
  }
}

/** The first schema problem, as data: `{ code: 'wrong', path: 'data.attempts.0.startedAt', wrong: … }`. */
export function issueFacts(issue: v.BaseIssue<unknown> | undefined): IssueFacts {
  if (!issue) return { code: 'unknown' };
  const dotPath = v.getDotPath(issue);
  const path = dotPath ? { path: cut(dotPath) } : {};
  if (issue.expected === 'never') return { code: 'unknown-field', ...path };
  if (issue.received === 'undefined') return { code: 'missing', ...path };
  return { code: 'wrong', ...path, wrong: valueProblem(issue) };
}
