/**
 * The instructor's screens beyond the assignment form's fields: choosing modules, receipts kept on
 * this device, and the learner's way on from an assigned module's debrief.
 */
import type { ImportOutcome } from '../../instructor/types';
import { formatDateTime, plural } from '../format';

export const instructor = {
  // The page.
  heading: 'Assign modules and collect results',
  lead: 'For teaching without a learning platform. Build an assignment, share it as a link, QR code or printed handout, and import the receipt files your learners send back to see the cohort at a glance. Everything stays in this browser: there are no accounts, and nothing is uploaded. Teaching with Moodle, Canvas or Blackboard? Choose the modules in step 1, then build a SCORM package at the end of this page.',
  stepBuild: '1. Build an assignment',
  continueEarlier: 'Continue with an assignment you made earlier',
  /** After an assignment was loaded from its link. */
  loaded: (title: string) => `Loaded “${title}” into the form below, with its link.`,
  stepShare: '2. Share it',
  shareEmpty: 'Make the link above: the link, its QR code and a printable handout appear here.',
  stepCollect: '3. Collect results',
  scormHeading: 'SCORM package (for Moodle, Canvas, Blackboard)',
  cmi5Heading: 'cmi5 package (for an LMS with a Learning Record Store)',

  // Choosing modules.
  pickerLegend: 'Modules to add',
  pickerHint: 'Narrow the list with the filters, tick the modules you want, then add them. You can change their order below.',
  filterTrack: 'Track',
  allTracks: 'All tracks',
  filterChallenge: 'Leadership challenge',
  anyChallenge: 'Any challenge',
  filterRule: 'Ground rule',
  anyRule: 'Any ground rule',
  clearFilters: 'Show all modules',
  /** How many modules the filters leave. */
  matching: (n: number) => plural(n, { one: '# module matches the filters.', other: '# modules match the filters.', zero: 'No module matches the filters.' }),
  noneMatch: 'No module that is not already in the assignment matches these filters.',
  caseFilesGroup: 'Case files in your library',
  addChosen: 'Add the ticked modules',
  /** The add button's name once some are ticked. */
  addChosenCount: (n: number) => `Add the ticked modules (${n})`,
  /** Announced after adding. */
  addedMany: (titles: string[], of: number) => `Added ${titles.join(', ')}. The assignment has ${plural(of, { one: '# module', other: '# modules' })}.`,
  nothingTicked: 'Tick at least one module first.',
  /** Only part of the ticked modules fit. */
  tooMany: (added: number, max: number) => `Only ${added} could be added: an assignment holds at most ${max} modules.`,

  // Receipts kept on this device.
  keptHeading: 'Receipts kept in this browser',
  keptIntro: 'Receipts you import are kept in this browser, on this device only, until you remove them, so the cohort is here when you come back. They are included in your backups.',
  /** One kept receipt: its file and learner. */
  keptItem: (fileName: string, learner: string | undefined, importedAt: string | undefined) =>
    `${fileName}${learner ? ` (${learner})` : ''}${importedAt ? `, imported ${formatDateTime(importedAt, 'short')}` : ''}`,
  /** The remove button's accessible name. */
  removeOne: (fileName: string) => `Remove ${fileName}`,
  remove: 'Remove',
  removeAll: 'Remove all',
  /** The confirmation asked before removing every receipt. */
  confirmRemoveAll: (n: number) => `Remove ${plural(n, { one: 'the imported receipt', other: 'all # imported receipts' })} from this browser? The files themselves, wherever you saved them, are not touched.`,
  confirmRemoveAllButton: 'Yes, remove all',
  /** The confirmation asked before removing one receipt. */
  confirmRemoveOne: (fileName: string, learner: string | undefined) =>
    `Remove ${fileName}${learner ? ` (${learner})` : ''} from this browser? The file itself, wherever you saved it, is not touched.`,
  confirmRemoveOneButton: 'Yes, remove it',
  cancel: 'Cancel',
  removed: (fileName: string) => `${fileName} was removed from this browser.`,
  removedAll: 'Every imported receipt was removed from this browser.',
  /** Read back on opening the page. */
  restored: (n: number) => plural(n, { one: '# receipt kept in this browser was read again.', other: '# receipts kept in this browser were read again.' }),

  /** What an import did. */
  importOutcome: (o: ImportOutcome): string => {
    switch (o.code) {
      case 'none':
        return 'No file was chosen.';
      case 'full':
        return `No more files can be imported: at most ${o.max}. Remove some imported receipts first.`;
      case 'read':
        return (
          `Read ${plural(o.read, { one: '# file', other: '# files' })}: ${o.accepted} accepted, ${o.flagged} flagged.` +
          (o.skipped ? ` ${o.skipped} more were not read (at most ${o.max} files).` : '') +
          (o.notKept ? ` ${plural(o.notKept, { one: '# receipt', other: '# receipts' })} could not be kept in this browser and will be gone when you close the page.` : '') +
          ` The table shows ${plural(o.learners, { one: '# learner', other: '# learners' })}.`
        );
    }
  },
};
