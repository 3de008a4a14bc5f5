/**
 * Why an assignment link, an assignment being written or a learner's name on a receipt cannot be
 * used: the words for the codes `src/assignments` returns (`LinkProblem`, `NameProblem`).
 */
import { formatNumber, plural } from '../format';
import type { AssignmentField, LinkProblem, NameProblem, UnsafeCharacter } from '../../assignments/types';

/** Unsafe characters, named as a reader recognises them. */
const character: Record<UnsafeCharacter, string> = {
  direction: 'a hidden direction-changing character',
  nul: 'a NUL character (an invisible control character)',
  'line-break': 'a line break',
  tab: 'a tab',
  control: 'an invisible control character',
  'zero-width': 'an invisible zero-width character',
};

/** The fields of an assignment, as a clause starts with them. */
const field: Record<AssignmentField, string> = {
  title: 'the title',
  cohort: 'the cohort label',
  due: 'the due date',
  feedback: 'the feedback setting',
  modules: 'the module list',
  module: 'a module',
  caseFile: 'a case file entry',
  caseFileTitle: 'a case file title',
  caseFileHash: 'a case file hash',
  assignment: 'it',
};

/** What is wrong with one field, as a clause ("the title is empty"). */
function fieldIssue(p: Extract<LinkProblem, { code: 'field' }>): string {
  const name = field[p.field];
  switch (p.issue) {
    case 'not-text':
      return `${p.field === 'module' ? 'a module id' : name} is not text`;
    case 'empty':
      return `${name} is empty`;
    case 'too-long':
      return `${name} is longer than ${formatNumber(p.max ?? 0)} characters`;
    case 'unsafe-character':
      return `${name} contains ${character[p.character ?? 'control']}`;
    case 'bad-characters':
      return `${name} may only hold letters, digits, spaces, dots, hyphens and underscores`;
    case 'not-a-date':
      return `${name} is not a real date (YYYY-MM-DD)`;
    case 'unknown-value':
      return `${name} is not one this app knows`;
    case 'not-a-list':
      return `${name} is not a list`;
    case 'none':
      return 'it assigns no module';
    case 'too-many':
      return `it assigns more than ${formatNumber(p.max ?? 0)} modules`;
    case 'twice':
      return 'it names the same module twice';
    case 'bad-id':
      return 'a module id has characters no module id has';
    case 'not-yes-or-no':
      return 'a module does not say whether it is required';
    case 'bad-hash':
      return 'a case file hash is not a content hash';
    case 'unknown-fields':
      return p.field === 'assignment' ? 'it holds fields no assignment has' : `${name}${p.field === 'module' ? ' entry' : ''} has fields no assignment has`;
    case 'unknown-version':
      return 'it is not an assignment of a version this app reads';
  }
}

const notValid = (why: string) => `This assignment link is not valid: ${why}.`;
const update = 'Update the app (reload it, or accept the update offer), then open the link again.';

/** Why a link cannot be used, as a sentence or two a learner can act on. */
function sentence(p: LinkProblem): string {
  switch (p.code) {
    case 'empty':
      return 'This assignment link is empty: it may have been cut off when it was copied.';
    case 'damaged':
      return 'This assignment link is damaged: it may have been cut off or changed when it was copied.';
    case 'not-an-assignment':
      return 'This assignment link is damaged: it does not hold an assignment.';
    case 'too-long':
      return p.unpacked
        ? `This assignment link is too long: it unpacks to more than ${formatNumber(p.max)} bytes, which no assignment does.`
        : `This assignment link is too long (${formatNumber(p.length)} characters; an assignment is never longer than ${formatNumber(p.max)}).`;
    case 'forbidden-key':
      return notValid(`it contains a field named “${p.key}”`);
    case 'newer-version':
      return `This assignment was made by a newer version of Balint Rehearsal (${p.list ? 'module list' : 'assignment version'} ${p.version}). ${update}`;
    case 'no-version':
      return 'This assignment link does not say which version it is, so it cannot be read.';
    case 'unknown-version':
      if (p.list) return notValid('its module list version is not one Balint Rehearsal has ever written');
      return `This assignment link is not valid: ${p.version !== undefined ? `its version (${p.version}) is not one` : 'its version is a number too large to be one'} Balint Rehearsal has ever written, so the link was changed or damaged.`;
    case 'field':
      return notValid(fieldIssue(p));
    case 'no-case-files':
      return notValid('it says it has case files but names none');
    case 'case-file-clash':
      return `This assignment link is not valid: it names ${plural(p.count, { one: 'a case file', other: '# case files' })} with the id of a built-in module, so the case file could pass for that module. The case file needs another id before it can be assigned.`;
    case 'unknown-modules':
      return `This assignment names ${plural(p.count, { one: 'a module', other: '# modules' })} this app does not have. The link may be mistyped, or made for a newer version of the app.`;
    case 'bad-module-entry':
      return notValid('a module entry is neither a module nor a case file');
  }
}

/** Why a learner's name cannot go on a receipt, and what to do. */
function name(p: NameProblem): string {
  switch (p.code) {
    case 'empty':
      return 'Type the name your instructor should see on the receipt.';
    case 'too-long':
      return `Use at most ${formatNumber(p.max)} characters.`;
    case 'unsafe-character':
      return `The name contains ${character[p.character]}, which would hide or reorder what your instructor reads. Type it again using letters, digits and ordinary punctuation.`;
  }
}

export const assignmentProblems = {
  /** An unsafe character, named ("a hidden direction-changing character"). */
  character,
  /** What is wrong with one field of an assignment, as a clause ("the title is empty"). */
  fieldIssue,
  /** Why an assignment link cannot be used. */
  sentence,
  /** Why a learner's name cannot go on a receipt. */
  name,
  /** An assignment being written is too long to share as a link. */
  tooLongToShare: (length: number, max: number) =>
    `The assignment is too long for a link (${formatNumber(length)} characters; at most ${formatNumber(max)}). Shorten the title or assign fewer modules.`,
};
