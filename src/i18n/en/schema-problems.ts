/**
 * What is wrong in a file from outside the app or in a record that fails its schema (`src/files`),
 * in the app's own words: where it is and what is wrong there, never a validation library's wording.
 * Shared by backups, receipts and set-aside records.
 */
import { formatNumber } from '../format';
import type { CheckCode, FileKind, FileProblem, IssueFacts, ShapeProblem, ValueProblem } from '../../files/types';

/** Each kind of file, as a noun. */
const nouns: Record<FileKind, string> = { backup: 'backup', receipt: 'receipt' };

/** The codes of the problems of a file that every kind words alike (the rest, each kind words its own way). */
const SHARED = ['empty', 'unreadable', 'not-json', 'shape', 'no-version', 'unknown-version', 'no-checksum', 'checksum-mismatch'] as const satisfies ReadonlyArray<FileProblem['code']>;

/** A problem of a file that every kind words alike. */
export type SharedFileProblem = Extract<FileProblem, { code: (typeof SHARED)[number] }>;

/** What one of the app's own checks found, as the end of a sentence. */
function check(code: CheckCode, limit: number | undefined): string {
  switch (code) {
    case 'not-a-time':
      return 'is not a date and time';
    case 'not-a-real-time':
      return 'is not a real date and time';
    case 'not-text':
      return 'is not text';
    case 'too-short':
      return limit === 1 || limit === undefined ? 'is empty' : `is shorter than ${formatNumber(limit)} characters`;
    case 'too-long':
      return `is longer than ${formatNumber(limit ?? 0)} characters`;
    case 'unsafe-characters':
      return 'holds control, direction or invisible characters';
    case 'draft-too-large':
      return 'the draft is too large';
    case 'case-file-too-large':
      return 'the case file is too large';
  }
}

/** What is wrong with a value, as the end of a sentence ("is longer than 200 characters"). */
function value(p: ValueProblem): string {
  switch (p.code) {
    case 'check':
      return check(p.check, p.limit);
    case 'too-many-items':
      return `holds more than ${formatNumber(p.max)} items`;
    case 'too-long':
      return `is longer than ${formatNumber(p.max)} characters`;
    case 'empty-list':
      return 'is an empty list';
    case 'empty':
      return 'is empty';
    case 'unknown-value':
      return 'is not one of the values this app writes';
    case 'wrong-form':
      return 'is not in the form this app writes';
    case 'not-text':
      return 'should be text';
    case 'not-a-number':
      return 'should be a number';
    case 'not-whole':
      return 'should be a whole number';
    case 'not-yes-or-no':
      return 'should be yes or no (true or false)';
    case 'out-of-range':
      return 'is outside the range this app writes';
    case 'not-a-list':
      return 'should be a list';
    case 'not-fields':
      return 'should be a group of named fields';
    case 'unknown-kind':
      return 'is not a kind of record this app writes';
    case 'same-twice':
      return `names the same ${p.item} twice`;
    case 'other':
      return 'is not as this app writes it';
  }
}

/** The first problem in a record or file whose kind is called `noun` ("backup", "attempt"): `"data.attempts.0.startedAt" is not a real date and time`. */
function issue(f: IssueFacts, noun: string): string {
  if (f.code === 'unknown') return `something in it is not as a ${noun} from this app has it`;
  const where = f.path ? JSON.stringify(f.path) : 'a value';
  switch (f.code) {
    case 'unknown-field':
      return `${where} is a field no ${noun} has`;
    case 'missing':
      return `${where} is missing`;
    case 'wrong':
      return `${where} ${value(f.wrong)}`;
  }
}

/** Why a file's JSON has a shape no file of its kind has, as the end of a sentence that starts "it cannot be read: ". */
function shape(p: ShapeProblem, kind: FileKind): string {
  const noun = nouns[kind];
  switch (p.code) {
    case 'too-many-values':
      return `it holds more than ${formatNumber(p.max)} values, more than any ${noun}`;
    case 'text-too-long':
      return `it holds a text of ${formatNumber(p.length)} characters, longer than any ${noun} has`;
    case 'number-not-finite':
      return 'it holds a number too large to be real';
    case 'too-deep':
      return `it is nested ${formatNumber(p.depth)} levels deep, deeper than any ${noun}`;
    case 'list-too-long':
      return `it holds a list of ${formatNumber(p.length)} items, longer than any ${noun} has`;
    case 'forbidden-key':
      return `it contains a field named ${JSON.stringify(p.key)}, which no ${noun} has`;
    case 'key-too-long':
      return `it contains a field name longer than any ${noun} has`;
  }
}

/** True for a problem every kind of file words alike (`file` words it). */
function shared<P extends { code: string }>(p: P): p is Extract<P, SharedFileProblem> {
  return (SHARED as readonly string[]).includes(p.code);
}

/** Why a file of kind `kind` cannot be read, for the problems every kind words alike. */
function file(p: SharedFileProblem, kind: FileKind): string {
  switch (p.code) {
    case 'empty':
      return 'the file is empty';
    case 'unreadable':
      return 'the browser could not read the file';
    case 'not-json':
      return 'it is not complete JSON (it may be damaged or cut short)';
    case 'shape':
      return shape(p.shape, kind);
    case 'no-version':
      return `it does not say which ${nouns[kind]} version it is`;
    case 'unknown-version':
      return `its ${nouns[kind]} version (${p.version}) is not one this app has ever written, so it was changed or damaged`;
    case 'no-checksum':
      return 'it has no valid checksum';
    case 'checksum-mismatch':
      return 'its checksum does not match its content, so it was changed or damaged after it was made';
  }
}

export const schemaProblems = { shared, file, value, issue, shape };
