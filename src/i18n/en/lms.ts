/** What a learner is told about learning systems: the privacy line, the package notice, a session not recorded. */
export const lms = {
  /** The footer's line, by context (`src/lms/reporting.ts`). */
  privacy: {
    device: 'Nothing you do here leaves this device unless you export it.',
    lms: 'In this course, your progress and each choice you make are sent to your organisation’s learning system. What you write in a reflection stays on this device.',
    lmsBrowsing: 'You are looking around (browse or review): your learning system records only that you opened the module. Your choices stay on this device.',
    notRecorded: 'This session is not being recorded by your learning system: nothing you do here leaves this device.',
  },
  packageNotice: 'Your progress and each choice you make in this module are sent to your organisation’s learning system.',
  notRecordedTitle: 'This session is not being recorded.',
  notRecordedBody:
    'Your learning system did not connect, so your progress and choices will not reach your course. You can still play. To have this session recorded, close this window and open the module again from your course.',
};
