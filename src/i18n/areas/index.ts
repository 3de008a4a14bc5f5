/**
 * Every area of the catalogue, each in its own module so that a screen's words travel with that
 * screen's code: `m.<area>.<key>` (messages.ts) is a namespace the bundler resolves statically.
 * One line per area of `en/index.ts` (the type check in messages.ts names any area missing here);
 * each `<area>.ts` here picks the reader's language for that area.
 */
export { app } from './app';
export { assignment } from './assignment';
export { assignmentLink } from './assignment-link';
export { assignmentProblems } from './assignment-problems';
export { authoring } from './authoring';
export { backupProblems } from './backup-problems';
export { caseFileProblems } from './case-file-problems';
export { browserCheck } from './browser-check';
export { charts } from './charts';
export { cohort } from './cohort';
export { cohortImport } from './cohort-import';
export { debrief } from './debrief';
export { endings } from './endings';
export { failure } from './failure';
export { home } from './home';
export { instructor } from './instructor';
export { labels } from './labels';
export { library } from './library';
export { libraryLink } from './library-link';
export { lms } from './lms';
export { lmsCourse } from './lms-course';
export { lmsPackages } from './lms-packages';
export { myAssignments } from './my-assignments';
export { nextSteps } from './next-steps';
export { packageProblems } from './package-problems';
export { pastedLink } from './pasted-link';
export { play } from './play';
export { playerProblems } from './player-problems';
export { progress } from './progress';
export { receiptProblems } from './receipt-problems';
export { reflections } from './reflections';
export { room } from './room';
export { schemaProblems } from './schema-problems';
export { setAside } from './set-aside';
export { settings } from './settings';
export { storage } from './storage';
export { teaching } from './teaching';
export { tendencies } from './tendencies';
export { update } from './update';
