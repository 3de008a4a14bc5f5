/** The learner's assignments on the home page (My assignments) and the modules of one, with progress. */
import { formatDateTime, formatDay, formatMinutes, formatNumber } from '../format';
import type { ModuleStatus } from '../../assignments/types';

export const myAssignments = {
  heading: 'My assignments',
  /** After removing one (`title`: the assignment's title, untrusted, shown as text). */
  removed: (title: string) => `Removed “${title}” from My assignments. Your progress on its modules is kept.`,
  /** The line under an assignment's title: its due date (YYYY-MM-DD) or none, and required modules done. */
  facts: (due: string | undefined, passed: boolean, done: number, of: number) =>
    `${due ? `Due ${formatDay(due)}${passed ? ' (passed)' : ''}` : 'No due date'} · ${formatNumber(done)} of ${formatNumber(of)} required completed`,
  modulesOf: (title: string) => `Modules of ${title}`,
  removeGroup: (title: string) => `Remove ${title}?`,
  removeAsk: 'Remove this assignment from the list? Your progress on its modules is kept; the link adds it again.',
  remove: 'Remove',
  removeNamed: (title: string) => `Remove ${title}`,
  keep: 'Keep it',
  removeFromList: 'Remove from the list',
  removeFromListNamed: (title: string) => `Remove ${title} from the list`,

  /** After a case file's title: whether the learner's copy is the assigned version. */
  caseFile: (sameVersion: boolean) => (sameVersion ? '(case file)' : '(case file; your copy is another version than the one assigned)'),
  /** After a case file's title the learner does not have (`known`: whether the library was read yet). */
  caseFileMissing: (known: boolean) => (known ? '(case file: import the file your instructor sent you to play it)' : '(case file)'),
  /** A module the assignment names that this app no longer has (named in words, never by its id). */
  gone: 'A module this app no longer has',
  required: 'Required',
  optional: 'Optional',
  /** Endings reached in a module (prefixed with a separator, after its status). */
  endings: (reached: number, of: number) => `· ${formatNumber(reached)} of ${formatNumber(of)} endings reached`,
  /** Time played in a module, in whole minutes. */
  played: (minutes: number) => `· ${formatMinutes(minutes)} played`,
  /** Where a learner stands on a module. */
  status: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed' } satisfies Record<ModuleStatus, string>,
  /** A reflection offered for the receipt, on its tick box: its module's title and when it was last changed. */
  noteLabel: (title: string, iso: string) => `Your reflection on ${title}, ${formatDateTime(iso, 'short')}`,
};
