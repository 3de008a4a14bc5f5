/** The learner's assignments on the home page (My assignments) and the modules of one, with progress. */
import { formatNumber } from '../format';

export const myAssignments = {
  heading: 'My assignments',
  /** After removing one (`title`: the assignment's title, untrusted, shown as text). */
  removed: (title: string) => `Removed “${title}” from My assignments. Your progress on its modules is kept.`,
  /** The line under an assignment's title: its due date (already written) or none, and required modules done. */
  facts: (due: string | undefined, passed: boolean, done: number, of: number) =>
    `${due ? `Due ${due}${passed ? ' (passed)' : ''}` : 'No due date'} · ${formatNumber(done)} of ${formatNumber(of)} required completed`,
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
  gone: '(this app no longer has this module)',
  required: 'Required',
  optional: 'Optional',
  /** Endings reached in a module (prefixed with a separator, after its status). */
  endings: (reached: number, of: number) => `· ${formatNumber(reached)} of ${formatNumber(of)} endings reached`,
  /** Time played in a module (`duration` already written, "1 h 5 min"). */
  played: (duration: string) => `· ${duration} played`,
};
