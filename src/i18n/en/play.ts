/** The module screen in play: introduction, the session (clock, transcript, responses), feedback, the end of a session. */
export const play = {
  /** Under a module's title: "A fictional composite · family medicine". */
  compositeIn: (setting: string) => `A fictional composite · ${setting}`,
  loading: 'Loading the module…',
  notFoundTitle: 'Module not found',
  notFound: 'There is no module with this address. It may have been renamed or removed.',
  goToModules: 'Go to the modules',
  backToModules: 'Back to the modules',

  // The introduction.
  /** "Member sessions · oncology · you sit as member". */
  introMeta: (track: string, setting: string, seat: string) => `${track} · ${setting} · you sit as ${seat}`,
  yourTime: (minutes: number) => `Your time: about ${minutes} minutes`,
  groupTimeInStory: (minutes: number) => `Group time: ${minutes} minutes in the story`,
  begin: 'Begin',
  contentNotesHeading: 'Content notes',
  contentNotes: (notes: string) => `This session touches on: ${notes}. You can leave at any moment; your place is kept.`,
  beforeYouBegin: 'Before you begin',
  whoIsInCircle: 'Who is in the circle',
  /** "Nadia, leader:" before a persona. */
  castEntry: (name: string, seat: string) => `${name}, ${seat}`,
  you: 'You',
  practiseHeading: 'What you will practise',
  groundRules: (rules: string) => `Ground rules: ${rules}.`,
  challenges: (challenges: string) => `Leadership challenges: ${challenges}.`,
  caseLibraryLink: 'Case library',
  /** The note on a case from the learner's library, around the link to it. */
  fromLibraryBefore: 'This case comes from a case file in your',
  fromLibraryAfter: (saysComposite: boolean) =>
    `. It was written by whoever sent you the file (for example your instructor), checked by the app on import, but not reviewed by Balint Rehearsal. ${saysComposite ? 'If' : 'Cases should be fictional composites; if'} this one seems to describe a real patient or colleague, stop and tell the person who sent it.`,
  notGraded: (saysComposite: boolean) =>
    `${saysComposite ? '' : 'This case is a fictional composite. '}Nobody grades you: choices have consequences in the story and feedback explains them.`,

  // The session.
  sessionClock: 'Session clock',
  phases: 'Phases',
  phaseDone: ' (done)',
  /** The group clock: "Group time: minute 12 of 45". */
  groupTime: (time: string) => `Group time: ${time}`,
  minuteOf: (minute: number, total: number) => `minute ${minute} of ${total}`,
  /** A path that ran past the planned length: the clock never reads past it. */
  overTime: (total: number) => `over time (${total} minutes planned)`,
  showInner: 'Show inner voices',
  showAllLines: 'Show all lines now',
  transcript: 'Transcript',
  narration: 'Narration',
  /** Speaker label of an inner voice: "Ben (thinks)". */
  thinks: (speaker: string) => `${speaker} (thinks)`,
  /** Speaker label of the learner's own silent move. */
  youAction: 'You (action)',
  /** The newest line, for screen readers: "Ben: I have a case." */
  announce: (speaker: string, text: string) => `${speaker}: ${text}`,
  yourResponse: 'Your response',
  continue: 'Continue',
  goBack: 'Go back one choice',
  leave: 'Leave (your place is kept)',
  /** Leaving an authoring preview, whose place is not kept: back to the script. */
  leavePreview: 'Leave the preview',
  startOver: 'Start over',
  startOverQuestion: 'Start over?',
  startOverConfirm: 'Start over from the beginning? This attempt stays in Progress.',
  /** Starting an authoring preview over (nothing of it is in Progress). */
  startOverConfirmPreview: 'Start the preview over from the beginning?',
  yesStartOver: 'Yes, start over',
  keepGoing: 'Keep going',
  movedOn: 'This session continued in another tab, so your choice here was not saved.',
  showWhereNow: 'Show where it is now',

  // Feedback on a choice.
  feedbackHeading: 'Feedback on your response',
  happened: 'What happened',
  why: 'Why, in Balint terms',
  gave: 'What it gave',
  cost: 'What it cost',
  alsoPossible: 'Also possible',
  anotherWay: 'Another way to see it',
  tendenciesShown: 'Tendencies this move shows:',
  toward: (list: string) => `toward ${list}`,
  awayFrom: (list: string) => `away from ${list}`,

  // The end of a session.
  loadingDebrief: 'Loading the debrief…',
  sessionComplete: 'A fictional composite · session complete',
  earlierAttempt: 'A fictional composite · an earlier attempt',
  playAgain: 'Play again',
  seeProgress: 'See your progress',
  playThisAgain: 'Play this module again',
  backToProgress: 'Back to your progress',
  debriefUnavailable: 'Debrief unavailable',
  loadingShort: 'Loading…',
  attemptNotFound: 'This attempt was not found or is not finished.',
  moduleGone: 'The module of this attempt is no longer in the app or in your case library.',
  moduleChanged: (why: string) => `The module has changed since this attempt and it cannot be shown again. ${why}`,
  attemptUnreadable: 'This attempt could not be read from your saved progress.',

  // Opening failed.
  cannotOpen: 'This module could not be opened',
  cannotOpenSentence: 'This module could not be opened.',
  startAgain: 'Start again',
  tryAgain: 'Try again',
  backToModulesShort: 'Back to modules',
};
