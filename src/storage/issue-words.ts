/**
 * Storage problems in the app's own words. A schema problem in a file the learner or instructor
 * picked (a backup, a receipt) or in a record set aside: where it is and what is wrong, never a
 * validation library's wording ("Invalid length: Expected …"). The codes the app's own schemas set
 * (`CHECK` in `text-checks.ts`) are worded here, other messages of the app's own pass through, and
 * every other problem is worded here by its kind. And the one wording for a full browser store, which every save reports alike.
 */
import * as v from 'valibot';
import type { CheckCode, ShapeProblem } from './types';

/** Valibot's default messages all start like this; the app's own never do. */
const LIBRARY_WORDING = /^Invalid /;

/** The words for a code the app's own checks leave as the message (`CHECK`), or undefined for any other message. */
function checkWords(issue: v.BaseIssue<unknown>): string | undefined {
  const limit = String(issue.requirement);
  switch (issue.message as CheckCode) {
    case 'not-a-time':
      return 'is not a date and time';
    case 'not-a-real-time':
      return 'is not a real date and time';
    case 'not-text':
      return 'is not text';
    case 'too-short':
      return limit === '1' ? 'is empty' : `is shorter than ${limit} characters`;
    case 'too-long':
      return `is longer than ${limit} characters`;
    case 'unsafe-characters':
      return 'holds control, direction or invisible characters';
    case 'draft-too-large':
      return 'the draft is too large';
    case 'case-file-too-large':
      return 'the case file is too large';
    default:
      return undefined;
  }
}

/** What is wrong at the issue's place, as the end of a sentence ("is longer than 200 characters"). */
export function whatIsWrong(issue: v.BaseIssue<unknown>): string {
  const own = checkWords(issue);
  if (own !== undefined) return own;
  if (!LIBRARY_WORDING.test(issue.message)) return issue.message.slice(0, 200);
  const many = Array.isArray(issue.input);
  switch (issue.type) {
    case 'max_length':
      return many ? `holds more than ${String(issue.requirement)} items` : `is longer than ${String(issue.requirement)} characters`;
    case 'min_length':
      return many ? 'is an empty list' : 'is empty';
    case 'picklist':
    case 'literal':
      return 'is not one of the values this app writes';
    case 'regex':
      return 'is not in the form this app writes';
    case 'string':
      return 'should be text';
    case 'number':
      return 'should be a number';
    case 'integer':
      return 'should be a whole number';
    case 'boolean':
      return 'should be yes or no (true or false)';
    case 'min_value':
    case 'max_value':
      return 'is outside the range this app writes';
    case 'array':
      return 'should be a list';
    case 'object':
    case 'strict_object':
    case 'record':
      return 'should be a group of named fields';
    case 'variant':
      return 'is not a kind of record this app writes';
    default:
      return 'is not as this app writes it';
  }
}

/** The first schema problem, as words: `"data.attempts.0.startedAt" is not a real date and time`. */
export function describeIssue(issue: v.BaseIssue<unknown> | undefined, noun: string): string {
  if (!issue) return `something in it is not as a ${noun} from this app has it`;
  const path = v.getDotPath(issue);
  const where = path ? JSON.stringify(path.length > 60 ? `${path.slice(0, 60)}…` : path) : 'a value';
  if (issue.expected === 'never') return `${where} is a field no ${noun} has`;
  if (issue.received === 'undefined') return `${where} is missing`;
  return `${where} ${whatIsWrong(issue)}`;
}

/** True when a storage call failed because the browser's store is full (QuotaExceededError, in any browser's words). */
export function isStorageFull(e: unknown): boolean {
  const { name = '', message = '' } = (e ?? {}) as { name?: unknown; message?: unknown };
  return /quota/i.test(`${String(name)} ${String(message)}`);
}

/** Why a file's JSON has a shape no `noun` ("backup", "receipt") has, as the end of a sentence that starts "it cannot be read: ". */
export function shapeWords(p: ShapeProblem, noun: string): string {
  switch (p.code) {
    case 'too-many-values':
      return `it holds more than ${p.max} values, more than any ${noun}`;
    case 'text-too-long':
      return `it holds a text of ${p.length} characters, longer than any ${noun} has`;
    case 'number-not-finite':
      return 'it holds a number too large to be real';
    case 'too-deep':
      return `it is nested ${p.depth} levels deep, deeper than any ${noun}`;
    case 'list-too-long':
      return `it holds a list of ${p.length} items, longer than any ${noun} has`;
    case 'forbidden-key':
      return `it contains a field named ${JSON.stringify(p.key)}, which no ${noun} has`;
    case 'key-too-long':
      return `it contains a field name longer than any ${noun} has`;
  }
}
