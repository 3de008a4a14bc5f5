/**
 * A schema problem in a receipt file, in the app's own words: which part of the receipt (named as
 * a person would, "the learner's name", "the title of module 2") and what is wrong with it ("contains
 * a hidden direction-changing character", "(2026-02-30) is not a real date"), never a validation
 * library's wording. The one place receipt problems are worded, as `src/storage/issue-words.ts` is
 * for backups (whose wording of the other kinds of problem it shares).
 */
import * as v from 'valibot';
import { whatIsWrong } from '../storage/issue-words';
import { hasUnsafeText } from '../storage/text-checks';
import { unsafeCharacter } from './unsafe-character';
import { m } from '../i18n/messages';
import { fieldProblem } from './assignment-link';

/** Fields of a receipt that hold a time. */
const TIME_FIELD = /(^|\.)(createdAt|firstCompletedAt)$/;

/** Parts of a receipt by path, as words; `$1`, `$2` are the 1-based positions in the path. */
const FIELDS: Array<[RegExp, string]> = [
  [/^learner$/, 'the learner’s name'],
  [/^createdAt$/, 'the time the receipt was made'],
  [/^appVersion$/, 'the app version it names'],
  [/^assignmentId$/, 'its assignment id'],
  [/^complete$/, 'whether the assignment is complete'],
  [/^activeMs$/, 'the total time spent'],
  [/^assignment\.title$/, 'the title of its assignment'],
  [/^assignment\.cohort$/, 'the cohort label of its assignment'],
  [/^assignment\.due$/, 'the due date of its assignment'],
  [/^assignment\.modules\.(\d+)\.caseFile\.title$/, 'the title of case file $1 in its assignment'],
  [/^assignment\b/, 'its assignment'],
  [/^modules\.(\d+)\.title$/, 'the title of module $1'],
  [/^modules\.(\d+)\.id$/, 'the id of module $1'],
  [/^modules\.(\d+)\.firstCompletedAt$/, 'the time module $1 was first completed'],
  [/^modules\.(\d+)\.endings\.(\d+)\.title$/, 'the title of ending $2 of module $1'],
  [/^modules\.(\d+)\.endings\.(\d+)\.kind$/, 'the kind of ending $2 of module $1'],
  [/^modules\.(\d+)\.endings\.(\d+)\b/, 'ending $2 of module $1'],
  [/^modules\.(\d+)\.endings$/, 'the list of endings of module $1'],
  [/^modules\.(\d+)\.contentHash$/, 'the content version of module $1'],
  [/^modules\.(\d+)\.status$/, 'the status of module $1'],
  [/^modules\.(\d+)\.activeMs$/, 'the time spent on module $1'],
  [/^modules\.(\d+)\.completedAttempts$/, 'the number of times module $1 was completed'],
  [/^modules\.(\d+)\b/, 'module $1'],
  [/^modules$/, 'the list of modules'],
  [/^competencies\.(\d+)\.competency$/, 'the name of competency $1'],
  [/^competencies\.(\d+)\b/, 'the evidence on competency $1'],
  [/^competencies$/, 'the list of competencies'],
  [/^notes\.(\d+)\.text$/, 'note $1'],
  [/^notes\.(\d+)\.moduleId$/, 'the module of note $1'],
  [/^notes\b/, 'the notes'],
];

/** The receipt part at a dot path ("modules.1.title"), as words ("the title of module 2"). */
export function receiptFieldName(path: string): string {
  for (const [pattern, words] of FIELDS) {
    const match = pattern.exec(path);
    if (match) return words.replace(/\$(\d)/g, (_, i: string) => String(Number(match[Number(i)]) + 1));
  }
  return path ? `the field “${path.slice(0, 60)}”` : 'the receipt';
}

/** What is wrong with the time `s` written in the field named `field`. */
export function timeProblem(field: string, s: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(s);
  if (!parts) return `${field} is not a date and time as this app writes them`;
  const [year, month, day, hour, minute] = parts.slice(1, 6).map(Number) as [number, number, number, number, number];
  const date = `${parts[1]}-${parts[2]}-${parts[3]}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return `${field} (${date}) is not a real date`;
  if (year < 1970) return `${field} (${date}) is earlier than this app could have written`;
  if (hour > 23 || minute > 59) return `${field} (${date} at ${parts[4]}:${parts[5]}) is not a real time`;
  return `${field} is not a date and time as this app writes them`;
}

/** The first schema problem of a receipt, as the end of a sentence that starts "it cannot be read: ". */
export function receiptProblem(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'something in it is not as a receipt from this app has it';
  const path = v.getDotPath(issue) ?? '';
  const field = receiptFieldName(path);
  if (issue.expected === 'never') return `it holds a field no receipt has (“${path.slice(0, 60)}”)`;
  if (issue.received === 'undefined') return `${field} is missing`;
  const input = issue.input;
  if (typeof input === 'string' && hasUnsafeText(input)) return `${field} contains ${m.assignmentProblems.character[unsafeCharacter(input) ?? 'control']}`;
  if (typeof input === 'string' && TIME_FIELD.test(path)) return timeProblem(field, input);
  const inAssignment = path.startsWith('assignment') ? fieldProblem(issue) : undefined;
  if (inAssignment?.code === 'field') return `in its assignment, ${m.assignmentProblems.fieldIssue(inAssignment)}`;
  return `${field} ${whatIsWrong(issue)}`;
}
