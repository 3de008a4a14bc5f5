/**
 * The authoring screen ("Try a script of your own"): the editor and its keyboard hint, the example
 * and the format guide, the draft's status and the warning before it is lost, and what a check
 * found. Problems, titles and file names come from the author's text: these messages are plain
 * strings, shown only by text interpolation.
 */
import { formatDateTime, formatNumber, plural } from '../format';

export const authoring = {
  heading: 'Try a script of your own',
  intro:
    'Write a case in the script format, check it, see its map and play it here. The script stays on this device: nothing is uploaded. Every case must be a fictional composite.',
  fileLabel: 'Script file (.md)',
  /** After the reader's own words for what is wrong with the file. */
  fileRefused: (problems: string) => `${problems}. Nothing was loaded.`,
  /** The empty editor's one line. */
  empty: 'Write a session script here: front matter between "---" lines, then phases, scenes, lines and choices.',
  startFromExample: 'Start from the example',
  replaceWithExample: 'Replace with the example',
  showGuide: 'Show the format guide',
  exampleName: 'The example',
  /** A file name, or `exampleName`; `replaced` when there was text before. */
  loaded: (what: string, replaced: boolean) =>
    `${what} is in the editor.${replaced ? ' To get back what was there before, press Ctrl+Z (Cmd+Z on a Mac) in the editor.' : ''}`,
  check: 'Check the script',
  /** When the screen opens with the draft kept from before, saved at `savedAt` (ISO time). */
  restored: (savedAt: string) => `Your draft is back in the editor, as last saved on this device (${formatDateTime(savedAt, 'short')}).`,
  discard: 'Discard the draft',
  /** After the author discarded the draft. */
  discarded: 'The draft is discarded and no longer kept on this device. To get the text back, press Ctrl+Z (Cmd+Z on a Mac) in the editor.',
  /** Said once, near the draft's status: where the draft lives and that backups include it. */
  draftWhere: 'Your draft is saved on this device as you type (nothing is uploaded) and is included in backups you download from Settings.',

  editorLabel: 'Script',
  /** Shown beside the editor and read after its name. */
  editorKeys: 'Tab indents a line. To move on with the keyboard, press Escape, then Tab.',
  editorLoading: 'Loading the editor…',
  editorFailed: 'The editor could not be loaded. Reload the page to try again; your draft is kept.',

  draftSaving: 'Saving the draft…',
  /** `savedAt` is the ISO time of the last save. */
  draftSaved: (savedAt: string | null) => (savedAt ? `Draft saved on this device (${formatDateTime(savedAt, 'short')}).` : 'Draft saved on this device.'),
  /** The browser gives the app no lasting storage, so drafts live in memory only. */
  draftKept: 'This browser does not let the app keep data, so the draft lasts only while this page is open: reloading or closing the page loses it.',
  draftFailed: 'The draft could not be saved on this device. Copy the script or download it before you leave this page.',
  draftTooLong: (limitKb: number) => `This text is too large to keep as a draft (a script file may be at most ${formatNumber(limitKb)} KB). Shorten it, or download it before you leave this page.`,
  leaveUnsaved: 'Your latest changes to the script could not be saved on this device. Leave this page anyway and lose them?',

  checking: 'Checking the script…',
  problems: (n: number) => plural(n, { one: '# problem to fix', other: '# problems to fix' }),
  noProblems: 'No problems found',
  stale: 'The script has changed since this check. Check it again to see where it stands.',
  problemsHint: 'Each problem is also marked beside its line in the editor. Choose one to go to its line.',
  problemsLabel: 'Problems in the script',
  problem: (line: number, message: string) => `Line ${line}: ${message}`,
  /** After the script's title; `min`–`max`: where its paths end on the group clock, `of`: the session's length (as the session shows "minute 19 of 45"). */
  figures: (f: { scenes: number; decisions: number; endings: number; paths: number; min: number; max: number; of: number }) =>
    `: ${plural(f.scenes, { one: '# scene', other: '# scenes' })}, ${plural(f.decisions, { one: '# decision point', other: '# decision points' })}, ` +
    `${plural(f.endings, { one: '# ending', other: '# endings' })}, ${plural(f.paths, { one: '# path', other: '# paths' })}; ` +
    `${f.min === f.max ? `every path ends at minute ${formatNumber(f.min)}` : `paths end between minute ${formatNumber(f.min)} and ${formatNumber(f.max)}`} of the group’s ${formatNumber(f.of)}.`,
  contentHash: 'Content hash',
  play: 'Play this script',
  shareHeading: 'Share it as a case file',
  share:
    "Send the case file to your learners by e-mail, your course's file area or a shared drive; they import it in their Case library and play it there.",
  download: (fileName: string) => `Download case file (${fileName})`,
  addToLibrary: 'Add to my library',
  mapHeading: 'Map of the script',
  mapFailed: 'The map of this script could not be drawn. The script itself is fine: you can play it and share it.',

  guideSummary: 'The script format: every part, field and id',
  guideLoading: 'Loading the guide…',
  guideFailed: 'The guide could not be loaded. Reload the page to try again.',
  idsHeading: 'The ids your script can use',
  idsIntro: "These lists are the app's own vocabulary: a script may name only these ids.",
  /** Before the field names that take the ids. */
  usedIn: 'used in',
  ids: { competencies: 'Competencies', rules: 'Ground rules', challenges: 'Leadership challenges', endingKinds: 'Ending kinds' },
  /** An id, its label and what it means. */
  idTerm: (label: string, description: string) => `: ${label}. ${description}`,

  previewNotice: 'Preview of your script: your place in this preview is not saved (the script itself stays in your draft).',
  backToScript: 'Back to the script',
};
