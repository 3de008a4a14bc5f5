/**
 * The case library: what case files are, the import control and what each import did, the files
 * stored on this device (home's way in: `library-link.ts`). Titles and file names come from untrusted files: these
 * messages are plain strings, shown only by text interpolation.
 */
import { formatDate, plural } from '../format';
import type { ImportOutcome } from '../../library/types';

export const library = {
  heading: 'Case library',
  /** What a case file is (marks: *strong*, `code`). */
  whatIsIt:
    "A *case file* is a Balint session written by an instructor or a colleague in this app's script format: one Markdown file ending in `.md`, shared by e-mail, a course's file area or a shared drive. Import it here and play it like any module; your progress with it stays on this device.",
  /** Trust and fiction (marks: *strong*). */
  trust:
    'Every case file is checked and sanitised when you import it, so nothing in it can run on this page, but Balint Rehearsal has not reviewed what it says. Import files only from people you trust. Every case should be a *fictional composite*: no real patient, doctor or group.',
  /** The link (in brackets) goes to the authoring screen. */
  writeOwn: 'Writing a case yourself? Check it and add it to this library from [Try a script of your own].',
  importHeading: 'Import case files',
  listHeading: 'Your case files',
  loading: 'Loading…',
  none: 'There are no case files on this device yet.',
  /** A stored file's name and dates: "case.md · added 6 Dec 2026 · replaced 8 Dec 2026". */
  fileDates: (fileName: string, addedAt: string, replacedAt?: string) =>
    `${fileName} · added ${formatDate(addedAt, 'short')}${replacedAt ? ` · replaced ${formatDate(replacedAt, 'short')}` : ''}`,
  /** Before the case file's title, which follows for screen readers. */
  play: 'Play',
  /** Before the file name, which follows for screen readers. */
  download: 'Download file',
  /** Before the case file's title, which follows for screen readers. */
  remove: 'Remove',
  confirmRemove: (title: string) =>
    `Remove “${title}” from your case library? Your attempts with it and their debriefs are kept; to play it again you would import the file again.`,
  yesRemove: 'Yes, remove it',
  keep: 'Keep it',
  removed: (title: string) => `Removed “${title}” from your case library. Your attempts with it are kept.`,
  downloading: (fileName: string) => `Downloading ${fileName}, the exact file as imported.`,

  /** The import control's file field, unless its place names it otherwise. */
  fileLabel: 'Case files (.md)',
  drop: 'Drop case files here, or choose them',
  dropHint: 'Several files at once are fine: each is checked and reported separately.',
  checking: 'Checking…',
  /** Why, when the browser refused for a reason other than a full store. */
  saveRefused: 'this browser did not let the app save it; reload the page and try again, and if it keeps happening, check that the browser keeps data for this site',
  problemsIn: (fileName: string) => `Problems in ${fileName}`,
  /** Why replacing a case file is safe for the learner's progress. */
  replaceKeepsProgress: 'Your attempts are kept. A session you have not finished on the old version continues on the new one by replaying your choices.',
  replace: 'Replace with this version',
  keepCurrent: 'Keep the current version',
  /** One sentence for the outcome of importing one file (`kept`: the learner declined another version). */
  outcome: (result: ImportOutcome, kept = false): string => {
    switch (result.kind) {
      case 'refused':
        return `“${result.fileName}” was not imported: ${plural(result.problems.length, { one: '# problem', other: '# problems' })} to fix.`;
      case 'added':
        return `“${result.record.title}” (${result.fileName}) was added to your case library.`;
      case 'unchanged':
        return `“${result.record.title}” (${result.fileName}) is already in your case library, exactly as in this file. Nothing changed.`;
      case 'other-version':
        return kept
          ? `You kept the version of “${result.existing.title}” already in your case library; ${result.fileName} was not imported.`
          : `Your case library already has another version of “${result.existing.title}” (from ${result.existing.fileName}, added ${formatDate(result.existing.addedAt, 'short')}). Replace it with the version in ${result.fileName}?`;
      case 'replaced':
        return `“${result.record.title}” was replaced with the version in ${result.fileName}.`;
    }
  },
};
