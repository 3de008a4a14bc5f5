/**
 * A module that is part of an assignment, in the learner's session and debrief: the way back to the
 * assignment and on to its next module (apart from the instructor's words, which these screens do
 * not carry).
 */
export const nextSteps = {
  // On an assigned module's debrief.
  heading: 'Your assignment',
  /** Which assignment the module is part of. */
  partOf: (title: string) => `This module is part of your assignment “${title}”.`,
  /** Which assignment the module was opened from, when the learner has not added it to My assignments. */
  openedFrom: (title: string) => `You opened this module from the assignment “${title}”.`,
  /** In the session and on the debrief. */
  backToAssignment: 'Back to the assignment',
  /** The next module's link. */
  nextModule: (title: string) => `Next module: ${title}`,
  allRequiredDone: 'Every required module of this assignment is done.',
};
