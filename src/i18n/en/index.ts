/**
 * English, the app's first catalogue, one file per area of the app. Keys name what a message is
 * for, not its words.
 */
import { app } from './app';
import { assignment } from './assignment';
import { assignmentLink } from './assignment-link';
import { assignmentProblems } from './assignment-problems';
import { authoring } from './authoring';
import { backupProblems } from './backup-problems';
import { caseFileProblems } from './case-file-problems';
import { browserCheck } from './browser-check';
import { charts } from './charts';
import { cohort } from './cohort';
import { cohortImport } from './cohort-import';
import { debrief } from './debrief';
import { endings } from './endings';
import { failure } from './failure';
import { home } from './home';
import { instructor } from './instructor';
import { labels } from './labels';
import { library } from './library';
import { libraryLink } from './library-link';
import { lms } from './lms';
import { lmsCourse } from './lms-course';
import { lmsPackages } from './lms-packages';
import { myAssignments } from './my-assignments';
import { nextSteps } from './next-steps';
import { packageProblems } from './package-problems';
import { pastedLink } from './pasted-link';
import { play } from './play';
import { playerProblems } from './player-problems';
import { progress } from './progress';
import { receiptProblems } from './receipt-problems';
import { reflections } from './reflections';
import { room } from './room';
import { schemaProblems } from './schema-problems';
import { setAside } from './set-aside';
import { storage } from './storage';
import { settings } from './settings';
import { teaching } from './teaching';
import { tendencies } from './tendencies';
import { update } from './update';

/** Every English message. */
export const en = { app, assignment, assignmentLink, assignmentProblems, authoring, backupProblems, browserCheck, caseFileProblems, charts, cohort, cohortImport, debrief, endings, failure, home, instructor, labels, library, libraryLink, lms, lmsCourse, lmsPackages, myAssignments, nextSteps, packageProblems, pastedLink, play, playerProblems, progress, receiptProblems, reflections, room, schemaProblems, setAside, settings, storage, teaching, tendencies, update };
