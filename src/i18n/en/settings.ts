/** Settings: feedback and pace, what is stored where, and backup and restore (BackupPanel). */
import { formatList, plural } from '../format';

/** Records counted in a backup or a restore. */
export interface RecordCounts {
  /** Attempts at a module. */
  attempts: number;
  /** Private reflections. */
  reflections: number;
  /** Saved assignments. */
  assignments: number;
  /** Case files in the library. */
  library: number;
  /** Records set aside because they could not be used. */
  setAside: number;
  /** Drafts of a script on the authoring screen. */
  drafts: number;
  /** Receipts imported as an instructor. */
  receipts: number;
}

/** "2 attempts, 1 reflection and 3 case files" (kinds with none left out; `settings`: "and your settings" last). */
function counted(c: RecordCounts, settings = false): string {
  const parts = [
    c.attempts && plural(c.attempts, { one: '# attempt', other: '# attempts' }),
    c.reflections && plural(c.reflections, { one: '# reflection', other: '# reflections' }),
    c.assignments && plural(c.assignments, { one: '# assignment', other: '# assignments' }),
    c.library && plural(c.library, { one: '# case file', other: '# case files' }),
    c.setAside && plural(c.setAside, { one: '# set-aside record', other: '# set-aside records' }),
    c.drafts && plural(c.drafts, { one: 'your script draft', other: '# script drafts' }),
    c.receipts && plural(c.receipts, { one: '# imported receipt', other: '# imported receipts' }),
  ].filter((p): p is string => !!p);
  if (settings) parts.push('your settings');
  return formatList(parts);
}
const total = (c: RecordCounts) => c.attempts + c.reflections + c.assignments + c.library + c.setAside + c.drafts + c.receipts;

export const settings = {
  title: 'Settings',
  saved: 'Settings saved.',
  feedback: 'Feedback on your choices',
  feedbackImmediate: 'Show feedback at once, after each choice',
  feedbackDebrief: 'Hold feedback until the debrief (closer to a real group)',
  pace: 'How lines appear',
  paceReadable: 'One at a time, at a readable pace',
  paceInstant: 'All at once',
  reducedMotion: 'If your device asks for reduced motion, lines always appear at once.',

  dataHeading: 'Your data',
  dataText: 'Your progress and settings are stored only in this browser on this device. Nothing is sent anywhere: the app makes no requests to other sites and has no analytics.',
  persisted: 'Protected from automatic clearing',
  notSaid: 'This browser does not say.',
  persistedYes: 'Yes: the browser will keep your data unless you clear it.',
  persistedNo: 'No: the browser may clear it when space runs low. Installing the app or backing up keeps it safe.',
  used: 'Space used',
  /** Space used, and the space available when the browser says (sizes already written, "1.2 MB"). */
  usedOf: (used: string, quota?: string) => (quota ? `${used} of ${quota} available` : used),
  storage: 'Storage',
  storageIndexedDb: 'IndexedDB in this browser',
  storageMemory: 'Memory only: progress is lost when you close the tab',
  backupHeading: 'Back up and restore',

  backupPrivacy: 'The backup file contains your progress, settings, assignments, case files, the draft of a script you are writing, the receipts you imported from learners and your private reflections. It stays on your device unless you send it somewhere, so keep it as private as the reflections in it.',
  /** `at`: the date and time written, or undefined while it is read, or null for never. */
  lastBackup: (at: string | null | undefined) => `Last backed up: ${at === undefined ? '…' : (at ?? 'Never')}`,
  download: 'Download a backup',
  restoreLabel: 'Restore from a backup file',
  restoreHint: 'Restoring replaces all progress, settings, reflections, assignments, case files and drafts on this device with those in the file. The file is checked first; a damaged file changes nothing.',
  /** A backup older than the data here (`newer`: what would be lost; `made`: when the backup was made). */
  older: (newer: RecordCounts, made: string) =>
    `This backup is older than the data on this device: ${counted(newer)} here ${total(newer) === 1 ? 'is' : 'are'} newer than the backup or not in it. Restoring replaces everything on this device with the backup made on ${made}, so that would be lost.`,
  replace: 'Replace my data with the backup',
  cancel: 'Cancel',
  downloaded: (fileName: string, held: RecordCounts) => `Backup downloaded as ${fileName} (${counted(held, true)}). Keep it somewhere safe.`,
  timeNotRecorded: (why: string) => `The time of this backup could not be recorded (${why}), but the file is complete.`,
  notMade: (why: string) => `The backup could not be made (${why}). Your data on this device has not changed.`,
  /** `reason`: the backup reader's own sentence fragment ("it is not a backup file"). */
  notRestoredBecause: (reason: string) => `This file was not restored: ${reason}. Your data on this device has not changed.`,
  notRestored: (why: string) => `This file was not restored (${why}). Your data on this device has not changed.`,
  couldNotRestore: (why: string) => `The backup could not be restored (${why}). Your data on this device has not changed.`,
  /** After a restore (`setAside`: the sentence naming attempts set aside, or empty). */
  restored: (held: RecordCounts, made: string, setAside: string) => `Restored ${counted(held, true)} from the backup made on ${made}.${setAside ? ` ${setAside}` : ''}`,
  cancelled: 'Nothing was restored. Your data on this device has not changed.',
  unknownError: 'unknown error',
};
