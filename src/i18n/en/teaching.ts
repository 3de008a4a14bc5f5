/** The instructors' curriculum map ("Teaching"): which module practises which challenge, rule and competency. */
export const teaching = {
  heading: 'Teaching with Balint Rehearsal',
  intro:
    'Each module is a scripted Balint session (a fictional composite) that a learner plays alone. Share the address of a module with your learners; their progress stays on their own device.',
  /** The link (in brackets) goes to the assignment builder. */
  assign: '[Build an assignment and collect receipts]: a link and QR code for your learners, and a cohort table from the receipts they send you.',
  /** The link (in brackets) goes to the authoring screen. */
  author: '[Try a script of your own]: check a case you wrote in the script format, see its map and play it.',
  challengesHeading: 'Leadership challenges by module',
  challengesTable: 'Challenges by module',
  challenge: 'Challenge',
  modulesWithIt: 'Modules that contain it',
  noneYet: 'none yet',
  modulesHeading: 'All modules',
  modulesTable: 'All modules',
  module: 'Module',
  track: 'Track',
  seat: 'Seat',
  minutes: 'Minutes',
  rules: 'Ground rules',
  competencies: 'Competencies',
  /** A module that touches no ground rule. */
  noRules: '–',
};
