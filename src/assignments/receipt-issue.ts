/**
 * A schema problem in a receipt file, as data: which part of the receipt (`ReceiptField`, which the
 * views name as a person would: "the learner's name", "the title of module 2") and what is wrong
 * with it (an unsafe character, a date that does not exist, a field of its assignment, or any
 * other `ValueProblem`). Views word it (`m.receiptProblems`), never a validation library's wording.
 */
import * as v from 'valibot';
import { valueProblem } from '../files/issue-facts';
import type { ReceiptField, ReceiptIssue, ReceiptPart, TimeProblem } from '../files/types';
import { hasUnsafeText } from '../storage/text-checks';
import { fieldProblem } from './assignment-link';
import { unsafeCharacter } from './unsafe-character';

/** Fields of a receipt that hold a time. */
const TIME_FIELD = /(^|\.)(createdAt|firstCompletedAt)$/;

/** Parts of a receipt by dot path; the groups are the 0-based positions in the path. */
const PARTS: Array<[RegExp, ReceiptPart]> = [
  [/^learner$/, 'learner'],
  [/^createdAt$/, 'created'],
  [/^appVersion$/, 'app-version'],
  [/^assignmentId$/, 'assignment-id'],
  [/^complete$/, 'complete'],
  [/^activeMs$/, 'active-ms'],
  [/^assignment\.title$/, 'assignment-title'],
  [/^assignment\.cohort$/, 'assignment-cohort'],
  [/^assignment\.due$/, 'assignment-due'],
  [/^assignment\.modules\.(\d+)\.caseFile\.title$/, 'assignment-case-file-title'],
  [/^assignment\b/, 'assignment'],
  [/^modules\.(\d+)\.title$/, 'module-title'],
  [/^modules\.(\d+)\.id$/, 'module-id'],
  [/^modules\.(\d+)\.firstCompletedAt$/, 'module-first-completed'],
  [/^modules\.(\d+)\.endings\.(\d+)\.title$/, 'ending-title'],
  [/^modules\.(\d+)\.endings\.(\d+)\.kind$/, 'ending-kind'],
  [/^modules\.(\d+)\.endings\.(\d+)\b/, 'ending'],
  [/^modules\.(\d+)\.endings$/, 'endings'],
  [/^modules\.(\d+)\.contentHash$/, 'module-content-hash'],
  [/^modules\.(\d+)\.status$/, 'module-status'],
  [/^modules\.(\d+)\.activeMs$/, 'module-active-ms'],
  [/^modules\.(\d+)\.completedAttempts$/, 'module-completed-attempts'],
  [/^modules\.(\d+)\b/, 'module'],
  [/^modules$/, 'modules'],
  [/^competencies\.(\d+)\.competency$/, 'competency-name'],
  [/^competencies\.(\d+)\b/, 'competency'],
  [/^competencies$/, 'competencies'],
  [/^notes\.(\d+)\.text$/, 'note-text'],
  [/^notes\.(\d+)\.moduleId$/, 'note-module'],
  [/^notes\b/, 'notes'],
];

/** The receipt part at a dot path ("modules.1.title" is the title of module 2). */
export function receiptField(path: string): ReceiptField {
  for (const [pattern, part] of PARTS) {
    const match = pattern.exec(path);
    if (match) return { part, at: match.slice(1).map((i) => Number(i) + 1) };
  }
  return path ? { part: 'field', path: path.slice(0, 60) } : { part: 'receipt' };
}

/** What is wrong with the time `s` a receipt holds. */
export function timeProblem(s: string): TimeProblem {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(s);
  if (!parts) return { code: 'not-a-time' };
  const [year, month, day, hour, minute] = parts.slice(1, 6).map(Number) as [number, number, number, number, number];
  const date = `${parts[1]}-${parts[2]}-${parts[3]}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { code: 'not-a-real-date', date };
  if (year < 1970) return { code: 'too-early', date };
  if (hour > 23 || minute > 59) return { code: 'not-a-real-time', date, clock: `${parts[4]}:${parts[5]}` };
  return { code: 'not-a-time' };
}

/** The first schema problem of a receipt, as data. */
export function receiptIssue(issue: v.BaseIssue<unknown> | undefined): ReceiptIssue {
  if (!issue) return { code: 'unknown' };
  const path = v.getDotPath(issue) ?? '';
  const field = receiptField(path);
  if (issue.expected === 'never') return { code: 'unknown-field', path: path.slice(0, 60) };
  if (issue.received === 'undefined') return { code: 'missing', field };
  const input = issue.input;
  if (typeof input === 'string' && hasUnsafeText(input)) return { code: 'unsafe-character', field, character: unsafeCharacter(input) ?? 'control' };
  if (typeof input === 'string' && TIME_FIELD.test(path)) return { code: 'time', field, time: timeProblem(input) };
  const inAssignment = path.startsWith('assignment') ? fieldProblem(issue) : undefined;
  if (inAssignment?.code === 'field') return { code: 'assignment', problem: inAssignment };
  return { code: 'wrong', field, wrong: valueProblem(issue) };
}
