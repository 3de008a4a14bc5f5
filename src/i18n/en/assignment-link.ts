/** The learner's page for one assignment link, and the receipt they send back (ReceiptExport). */
import type { FeedbackMode } from '../../storage/types';

export const assignmentLink = {
  cannotUse: 'This assignment link cannot be used',
  opening: 'Opening the assignment…',
  nothingSaved: 'Nothing was saved. Ask your instructor for the link again.',
  toModules: 'Go to the modules',
  /** Above the title. */
  kicker: 'Assignment',
  /** Above the title, before the cohort's label (shown stressed after it). */
  kickerFor: 'Assignment\u00a0for',
  due: 'Due',
  noDue: 'No due date',
  /** After the due date when it has passed and the required modules are not all done. */
  duePassed: ' (the date has passed)',
  requiredDone: 'Required modules completed',
  /** Required modules done, of all required. */
  requiredOf: (done: number, of: number, all: boolean) => `${done} of ${of}${all ? ': all done' : ''}`,
  suggested: 'Feedback your instructor suggests',
  /** A way of showing feedback, as this page says it. */
  feedback: { immediate: 'at once, after each choice', debrief: 'held until the debrief' } satisfies Record<FeedbackMode, string>,
  yours: (mode: string) => `(yours is ${mode})`,
  adopt: 'Use the suggested setting',
  adopted: (mode: string) => `Feedback is now ${mode}. You can change it in Settings.`,
  modulesHeading: 'Modules, in order',
  modulesLabel: 'Assigned modules',
  caseFilesHeading: 'Case files to import',
  /** Before the list of case files to import. */
  caseFilesIntro: (count: number) =>
    count === 1
      ? 'This assignment includes a case your instructor wrote, sent as a file beside the link (by email, the course page or a shared drive):'
      : 'This assignment includes cases your instructor wrote, sent as files beside the link (by email, the course page or a shared drive):',
  /** After the list of case files to import. */
  caseFilesImport: (count: number) =>
    count === 1 ? 'Import it here; it is checked first and kept in your Case library.' : 'Import them here; they are checked first and kept in your Case library.',
  caseFilesLabel: 'Case files from your instructor (.md)',
  isAdded: 'This assignment is in My assignments.',
  add: 'Add to My assignments',
  added: 'Added to My assignments. You will find it on the home page.',
  /**
   * Adding to My assignments failed: the store is full (`what` is not saved: `m.storage.notSaved`),
   * storage refused it (`why`: the refusal's sentence), or another error (`why`: its text). No words
   * of the storage area here: home reads this area, and the storage area's words stay off it.
   */
  notAdded: {
    what: 'this assignment',
    refused: (why: string) => `It could not be added. ${why}`,
    failed: (why: string) => `It could not be added (${why}).`,
  },
  /** Using the suggested feedback setting failed, in the same three ways. */
  notAdopted: {
    what: 'the feedback setting',
    refused: (why: string) => `The setting could not be changed. ${why}`,
    failed: (why: string) => `The setting could not be changed (${why}).`,
  },
  local: 'Everything stays on this device. The assignment came in the link itself; nothing was fetched from anywhere.',
  sendHeading: 'Send your results',

  receiptIntro:
    'A receipt is a small file for your instructor: the assignment, which modules you completed, the endings you reached, the competency evidence from your choices, the time you spent, the app version and which version of each module you played. It does not contain the wording of your choices or anything from other modules. Your private reflections are not in it either, unless you tick one below.',
  /** The caution about checksums (`*…*` is stressed). */
  checksum:
    '*The checksum detects damage, not forgery.* It shows whether the file changed after it was made (for example in an e-mail), but anyone could make a file with a matching checksum, so it is not proof of who made it.',
  notAllDone: (done: number, of: number) => `Not every required module is completed yet (${done} of ${of}). You can still send a receipt; it will say so.`,
  name: 'Your name, as your instructor should see it',
  nameHint: 'Use what your instructor asked for: a name, initials or a pseudonym. It is written only into the file.',
  notes: 'Reflections to include (none is included unless you tick it)',
  notesHint: 'Tick a reflection only if you want your instructor to read it. Its whole text goes into the file.',
  readAll: 'Read all of it',
  download: 'Download receipt',
  tooMany: (max: number) => `tick at most ${max} reflections`,
  tooLarge: 'with these reflections it would be too large for your instructor to import; tick fewer',
  downloaded: (fileName: string) => `Receipt downloaded as ${fileName}. Send this file to your instructor.`,
  notMade: (why: string) => `The receipt could not be made (${why}).`,
  unknownError: 'unknown error',
};
