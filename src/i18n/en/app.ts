/** The frame around every screen: the skip link, the main navigation, the notices and the footer. */
export const app = {
  skip: 'Skip to content',
  brand: 'Balint Rehearsal',
  nav: 'Main',
  navModules: 'Modules',
  navProgress: 'Progress',
  navLibrary: 'Case library',
  navTeaching: 'Teaching',
  navInstructor: 'Assign modules',
  navSettings: 'Settings',
  /** Inside a cmi5 package whose LMS gave a way back. */
  returnToCourse: 'Return to the course',
  notPersistent: 'This browser does not let the app store data, so your progress will be lost when you close the tab.',
  opening: 'Opening your saved progress…',
  notFoundHeading: 'Page not found',
  /** The link inside it is to the modules (`[…]` is the link). */
  notFoundText: 'There is nothing at this address. [Go to the modules].',
};
