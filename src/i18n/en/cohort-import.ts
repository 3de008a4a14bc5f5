/** Importing learners' receipts on the instructor page: the drop zone, what was flagged, the cohort. */
import { receiptProblems } from './receipt-problems';
import type { ReceiptFlag, ReceiptFlagWhy } from '../../instructor/types';

export const cohortImport = {
  intro:
    'Each learner downloads a receipt file from their assignment page and sends it to you. Import all of them here at once: they are read in this browser only, never uploaded, and kept here until you remove them.',
  /** Which assignment receipts are checked against (`title`: its title, untrusted, shown as text). */
  againstGiven: (title: string) => `Receipts are checked against the assignment above: “${title}”.`,
  againstFirst: (title: string) => `No assignment was made above, so receipts are checked against the first one read: “${title}”.`,
  againstNone: 'Receipts are checked against the assignment made above or, if there is none, against the first receipt read.',
  drop: 'Receipt files: drop them here, or choose them',
  choose: 'Choose receipt files',
  hint: 'You can pick many files at once. Each is checked: that it is a receipt, that its checksum matches, that it is for this assignment, and that it is not a second receipt from the same learner.',
  reading: 'Reading…',
  saved: (fileName: string) => `The table was saved as ${fileName}.`,
  flaggedHeading: (count: number) => `Receipts that need attention (${count})`,
  /** Why a receipt was set apart, by flag. */
  flag: {
    damaged: 'Damaged',
    invalid: 'Not a valid receipt',
    mismatch: 'Another assignment',
    duplicate: 'Duplicate',
  } satisfies Record<ReceiptFlag, string>,
  /** Why a receipt was set apart, after its flag. */
  why: (w: ReceiptFlagWhy): string => {
    switch (w.code) {
      case 'unread':
        return receiptProblems.reason(w.problem);
      case 'mismatch':
        return `it was made for another assignment (“${w.title}”${w.cohort ? `, cohort ${w.cohort}` : ''})`;
      case 'same':
        return `it is the same receipt as “${w.kept}”`;
      case 'newer':
        return `“${w.kept}” is a newer receipt from the same learner (${w.learner}), so that one is used`;
    }
  },
  mend: 'A damaged or invalid receipt cannot be mended here: ask the learner to download it again from their assignment page and to send the file exactly as the app saved it.',
  cohortHeading: 'Cohort',
  csv: 'Download the table (CSV)',
  evidenceHeading: 'Competency evidence across the cohort',
  noEvidence: 'No competency evidence in these receipts yet (no module completed with choices that give evidence).',
  selfReported: 'Evidence counts come from the learners’ own devices. The checksum detects damage, not forgery: treat this as self-reported practice, not as a grade.',
};
