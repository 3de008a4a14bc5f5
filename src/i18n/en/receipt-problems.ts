/**
 * Why a receipt file was flagged (`ReceiptProblem`), as a clause after its flag: which part of the
 * receipt, named as a person would ("the learner’s name", "the title of module 2"), and what is
 * wrong with it.
 */
import { formatNumber } from '../format';
import type { ReceiptField, ReceiptIssue, ReceiptPart, ReceiptProblem, TimeProblem } from '../../files/types';
import { assignmentProblems } from './assignment-problems';
import { schemaProblems } from './schema-problems';

/** Each part of a receipt, by the 1-based positions in its path (module, ending; competency; note). */
const parts: Record<ReceiptPart, (a: string, b: string) => string> = {
  learner: () => 'the learner’s name',
  created: () => 'the time the receipt was made',
  'app-version': () => 'the app version it names',
  'assignment-id': () => 'its assignment id',
  complete: () => 'whether the assignment is complete',
  'active-ms': () => 'the total time spent',
  'assignment-title': () => 'the title of its assignment',
  'assignment-cohort': () => 'the cohort label of its assignment',
  'assignment-due': () => 'the due date of its assignment',
  'assignment-case-file-title': (n) => `the title of case file ${n} in its assignment`,
  assignment: () => 'its assignment',
  'module-title': (n) => `the title of module ${n}`,
  'module-id': (n) => `the id of module ${n}`,
  'module-first-completed': (n) => `the time module ${n} was first completed`,
  'ending-title': (n, k) => `the title of ending ${k} of module ${n}`,
  'ending-kind': (n, k) => `the kind of ending ${k} of module ${n}`,
  ending: (n, k) => `ending ${k} of module ${n}`,
  endings: (n) => `the list of endings of module ${n}`,
  'module-content-hash': (n) => `the content version of module ${n}`,
  'module-status': (n) => `the status of module ${n}`,
  'module-active-ms': (n) => `the time spent on module ${n}`,
  'module-completed-attempts': (n) => `the number of times module ${n} was completed`,
  module: (n) => `module ${n}`,
  modules: () => 'the list of modules',
  'competency-name': (n) => `the name of competency ${n}`,
  competency: (n) => `the evidence on competency ${n}`,
  competencies: () => 'the list of competencies',
  'note-text': (n) => `note ${n}`,
  'note-module': (n) => `the module of note ${n}`,
  notes: () => 'the notes',
};

/** A part of a receipt, named ("the title of module 2"). */
function field(f: ReceiptField): string {
  if (f.part === 'receipt') return 'the receipt';
  if (f.part === 'field') return `the field “${f.path}”`;
  const [a = 0, b = 0] = f.at;
  return parts[f.part](formatNumber(a), formatNumber(b));
}

/** What is wrong with a time in the part named `name`. */
function time(name: string, t: TimeProblem): string {
  switch (t.code) {
    case 'not-a-time':
      return `${name} is not a date and time as this app writes them`;
    case 'not-a-real-date':
      return `${name} (${t.date}) is not a real date`;
    case 'too-early':
      return `${name} (${t.date}) is earlier than this app could have written`;
    case 'not-a-real-time':
      return `${name} (${t.date} at ${t.clock}) is not a real time`;
  }
}

/** The first schema problem of a receipt, as a clause. */
function issue(i: ReceiptIssue): string {
  switch (i.code) {
    case 'unknown':
      return 'something in it is not as a receipt from this app has it';
    case 'unknown-field':
      return `it holds a field no receipt has (“${i.path}”)`;
    case 'missing':
      return `${field(i.field)} is missing`;
    case 'unsafe-character':
      return `${field(i.field)} contains ${assignmentProblems.character[i.character]}`;
    case 'time':
      return time(field(i.field), i.time);
    case 'assignment':
      return `in its assignment, ${assignmentProblems.fieldIssue(i.problem)}`;
    case 'wrong':
      return `${field(i.field)} ${schemaProblems.value(i.wrong)}`;
  }
}

/** Why the receipt was flagged, as a clause. */
function reason(p: ReceiptProblem): string {
  if (schemaProblems.shared(p)) return schemaProblems.file(p, 'receipt');
  switch (p.code) {
    case 'file-too-large':
      return `the file is ${formatNumber(Math.ceil(p.bytes / 1024))} KB, and a receipt is never larger than ${formatNumber(p.max / 1024)} KB`;
    case 'text-too-large':
      return 'the file is larger than any receipt';
    case 'utf16':
      return 'it was saved as UTF-16 text, but receipts from this app are UTF-8; it was probably re-saved by another program, so ask the learner to send the file exactly as the app downloaded it';
    case 'not-text':
      return 'it is not a text file, so it cannot be a receipt (it may be damaged)';
    case 'not-a-receipt':
      return 'it is not a Balint Rehearsal receipt';
    case 'newer-version':
      return `it was made by a newer version of the app (receipt version ${p.version}); update the app, then import it again`;
    case 'schema':
      return issue(p.issue);
    case 'case-file-clash':
      return `its assignment names a case file with the id of a module built into Balint Rehearsal (${p.ids.map((id) => `“${id}”`).join(', ')}), so it cannot be told apart from that module`;
    case 'assignment-id-mismatch':
      return 'its assignment id does not belong to its assignment';
    case 'modules-mismatch':
      return 'its modules are not the modules of its assignment';
  }
}

export const receiptProblems = { field, issue, reason };
