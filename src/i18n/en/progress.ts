/** The learner's progress page: modules played, the competency profile, every attempt. */
import { formatDateTime, plural } from '../format';
import type { Attempt } from '../../storage/types';

export const progress = {
  heading: 'Your progress',
  kept: 'Kept only in this browser, on this device.',
  loading: 'Loading…',
  /** No attempt yet; the link (in brackets) goes to the module list. */
  none: 'You have not played a module yet. [Choose a module] to begin.',
  modulesHeading: 'Modules',
  /** One module's line: completed attempts, endings reached of the module's (when it is known), one in progress. */
  moduleLine: (completed: number, active: boolean, endings?: { reached: number; of: number }) =>
    `${plural(completed, { one: '# completed attempt', other: '# completed attempts' })}${endings ? `; ${endings.reached} of ${endings.of} endings reached` : ''}${active ? '; one in progress' : ''}.`,
  continueModule: (title: string) => `Continue ${title}`,
  playAgain: (title: string) => `Play ${title} again`,
  profileHeading: 'Competency profile',
  profileIntro: 'What your moves leaned toward, across every attempt. These are tendencies to notice, not marks.',
  profileTable: 'Competency profile table',
  competency: 'Competency',
  tendency: 'Tendency',
  modules: 'Modules',
  noProfile: 'No choices yet, so no tendencies yet.',
  attemptsHeading: 'All attempts',
  attemptsTable: 'Attempts table',
  module: 'Module',
  started: 'Started',
  status: 'Status',
  choices: 'Choices',
  ending: 'Ending',
  /** When an attempt started. */
  startedAt: (iso: string) => formatDateTime(iso, 'short'),
  /** An attempt's status, by code. */
  statusOf: { active: 'in progress', completed: 'completed', abandoned: 'started over' } satisfies Record<Attempt['status'], string>,
  /** After an ending's name in the attempts table, for screen readers. */
  openDebrief: '(open the debrief)',
  /** An attempt without an ending. */
  noEnding: '–',
  /** A module no longer on this device (a case file since removed): named without its id. */
  removedModule: 'A case no longer in your library',
  /** An ending of a module no longer on this device. */
  removedEnding: 'An ending of a case no longer in your library',
};
