/**
 * Why a case file cannot be imported or played: the words for the codes `src/library` returns
 * (`CaseFileProblem`), each as `file:line: message` (or `file: message` when no line applies), the
 * shape the compiler's own diagnostics have.
 */
import { formatNumber } from '../format';
import type { CaseFileProblem } from '../../library/types';
import { library } from './library';
import { storage } from './storage';

/** The message alone, without the file and line. */
function message(p: CaseFileProblem): string {
  switch (p.code) {
    case 'compile':
      return p.message;
    case 'not-compiled':
      return 'the script could not be compiled';
    case 'too-large':
      return `the file is ${formatNumber(Math.ceil(p.bytes / 1024))} KB; case files are limited to ${formatNumber(p.limit / 1024)} KB`;
    case 'empty':
      return 'the file is empty';
    case 'unreadable':
      return 'the browser could not read the file';
    case 'not-utf8':
      return `the file is not UTF-8 text${p.utf16 ? ' (it was saved as UTF-16)' : ''}, so it cannot be a case file; save it as UTF-8 Markdown in your editor and try again`;
    case 'built-in-id':
      return `"${p.id}" is the id of a module built into Balint Rehearsal, so this file cannot be added; change \`id:\` in the file to an id of your own (for example "${p.id}-own") and import it again`;
    case 'bad-id':
      return `the id "${p.id}" is too long for the case library; use at most 80 lower-case letters, digits and hyphens`;
    case 'unsafe-title':
      return 'the title holds control, direction-changing or invisible characters, which could hide or reorder what people read; retype the title with ordinary letters and punctuation';
    case 'title-too-long':
      return `the title is ${formatNumber(p.length)} characters long; case files may have titles of up to ${formatNumber(p.max)}`;
    case 'library-full':
      return `your case library already holds ${formatNumber(p.max)} case files, the most it can hold; remove one you no longer need, then import this file again`;
    case 'not-saved':
      return `it could not be saved: ${p.full ? `${storage.full}; ${storage.advice}` : library.saveRefused}`;
    case 'id-mismatch':
      return `its id is "${p.id}", not "${p.key}"`;
  }
}

/** The line a problem points at, 0 when none. */
function lineOf(p: CaseFileProblem): number {
  if (p.code === 'not-compiled') return 1;
  return 'line' in p ? p.line : 0;
}

export const caseFileProblems = {
  /** One problem of the file `fileName`, as `file:line: message` (or `file: message`). */
  text: (fileName: string, p: CaseFileProblem): string => {
    const file = p.code === 'compile' ? p.file : fileName;
    const line = lineOf(p);
    return line ? `${file}:${line}: ${message(p)}` : `${file}: ${message(p)}`;
  },
};
