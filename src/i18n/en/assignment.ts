/**
 * The instructor's assignment: the form that builds it, the link, QR code and case files to share,
 * and the printable handout.
 */
import { formatNumber, plural } from '../format';
import type { FeedbackMode } from '../../storage/types';

export const assignment = {
  cannotMakeYet: 'The link cannot be made yet:',
  title: 'Title',
  cohort: 'Cohort label (optional)',
  cohortHint: (max: number) => `Letters, digits, spaces, dots, hyphens and underscores; at most ${max} characters. Learners see it on their assignment.`,
  due: 'Due date (optional)',
  feedback: 'Feedback on choices',
  /** Each way of showing feedback, as the form offers it. */
  feedbackMode: {
    immediate: 'At once, after each choice',
    debrief: 'At the debrief (closer to a real group)',
  } satisfies Record<FeedbackMode, string>,
  feedbackHint: 'Learners are shown your suggestion and can adopt it with one button.',
  modules: 'Modules, in the order to play them',
  moduleToAdd: 'Module to add',
  caseFilesGroup: 'Case files in your library',
  addModule: 'Add module',
  maxModules: (max: number) => `An assignment holds at most ${max} modules.`,
  assigned: 'Assigned modules',
  /** After a built-in module's title in the list. */
  moduleAbout: (minutes: number, seat: string) => `(${minutes} min, as ${seat})`,
  /** After a case file's title in the list. */
  moduleCaseFile: '(case file: send learners the file too)',
  /** After the title of a module this app does not have. */
  moduleUnknown: '(unknown module)',
  required: 'Required',
  requiredFor: (name: string) => `Required: ${name}`,
  moveUp: 'Move up',
  moveUpFor: (name: string) => `Move up: ${name}`,
  moveDown: 'Move down',
  moveDownFor: (name: string) => `Move down: ${name}`,
  remove: 'Remove',
  removeFor: (name: string) => `Remove: ${name}`,
  noModules: 'No module added yet.',
  makeLink: 'Make the link',
  /** Said to screen readers after a module is added, moved or removed. */
  added: (title: string, at: number, of: number) => `Added ${title} as module ${at} of ${of}.`,
  moved: (title: string, at: number, of: number) => `Moved ${title} to position ${at} of ${of}.`,
  removed: (title: string, left: number) => `Removed ${title}. ${plural(left, { one: '# module', other: '# modules' })} assigned.`,

  changed: 'You changed the assignment after making this link. Press “Make the link” again to include your changes.',
  link: 'Assignment link',
  linkHint: (length: number) =>
    `The link carries the assignment itself (module names, title, cohort, due date) after the “#”, which browsers never send to a server. Anyone who has the link can read it. ${formatNumber(length)} characters.`,
  copy: 'Copy link',
  copied: 'Link copied.',
  copyRefused: 'The browser did not allow copying: select the link and copy it yourself.',
  openAsLearner: 'Open the link as a learner',
  newTab: '(opens in a new tab)',
  qr: 'QR code of the assignment link',
  qrCaption: 'QR code of the link above.',
  qrTooLong: 'This link is too long for a QR code. Share the link as text instead, or shorten the title or the module list.',
  caseFilesHeading: 'Case files to send with the link',
  caseFilesIntro: (count: number) =>
    count === 1
      ? 'The link names a case file but cannot carry it. Send this file to your learners with the link (by e-mail, your course page or a shared drive); the assignment page asks them to import it.'
      : 'The link names case files but cannot carry them. Send these files to your learners with the link (by e-mail, your course page or a shared drive); the assignment page asks them to import each.',
  downloadCaseFile: 'Download case file',
  downloadCaseFileFor: (title: string) => `Download case file: ${title}`,
  downloaded: (fileName: string) => `Downloaded ${fileName}.`,
  notThisVersion: (id: string) =>
    `The case file “${id}” in your library is not the version in this assignment any more: make the link again to assign the version you have.`,
  handoutHeading: 'Handout',
  handoutIntro: 'A one-page handout with the modules, the due date, the link and the QR code. Print it, or save it as a PDF from the print dialogue.',
  print: 'Print handout',

  handoutKicker: (cohort?: string) => `Balint Rehearsal assignment${cohort ? ` · ${cohort}` : ''}`,
  handoutDue: 'Due:',
  handoutFeedback: 'Feedback:',
  /** The feedback mode as the handout states it. */
  handoutFeedbackMode: { immediate: 'at once, after each choice', debrief: 'held until the debrief' } satisfies Record<FeedbackMode, string>,
  handoutModules: 'Modules, in order:',
  /** After a module's title on the handout: required or optional, its length, a case file sent apart. */
  handoutModule: (required: boolean, minutes?: number, caseFile?: string) =>
    `(${required ? 'required' : 'optional'}${minutes !== undefined ? `, about ${minutes} min` : ''}${caseFile ? `; case file ${caseFile}, sent separately` : ''})`,
  handoutQr: 'QR code of the assignment link (the same link is printed as text below)',
  handoutOpen: 'Open the assignment:',
  handoutOpenHow: 'scan the code, or open this link in your browser:',
  handoutCaseFiles: 'Case files:',
  handoutCaseFilesHow: 'your instructor sends them separately. Open the assignment, then import each file where it asks.',
  handoutPrivacy: 'Your progress stays on your device. When you are done, open the assignment and download your receipt file, then send it to your instructor.',
};
