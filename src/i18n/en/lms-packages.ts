/** The instructor view's package sections: SCORM (1.2 and 2004) and cmi5, their form problems, progress and failures. */
import type { PackageFailure, PackageFormProblem, PackageStatus } from '../../instructor/types';
import type { PackageFormat } from '../../lms/types';
import { formatNumber, plural } from '../format';
import { packageProblems } from './package-problems';

const modulesOf = (n: number) => plural(n, { one: 'module', other: '# modules' });
/** "1 module", "3 modules". */
const count = (n: number, one: string, other: string) => plural(n, { one: `# ${one}`, other: `# ${other}` });

/** Each package format, as progress and results name it. */
const formatName: Record<PackageFormat, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004 4th edition', cmi5: 'cmi5' };

/** Why a build failed, as the sentence(s) after "The package could not be built." */
function failureReason(f: PackageFailure): string {
  switch (f.code) {
    case 'fetch-failed':
      return `The app’s file ${f.path} could not be loaded (HTTP ${f.status}). The app may have been updated since this page was opened: reload the page and try again.`;
    case 'offline':
      return 'The app’s files could not be loaded: this browser seems to be offline and has not stored them yet. Open the app once while online (it then works offline), or try again when you are back online.';
    case 'part-not-loaded':
      return 'Part of the app could not be loaded (offline, and not stored yet?). Reload the page while online and try again.';
    case 'package':
      return packageProblems.text(f.problem);
    case 'other':
      return f.message;
  }
}

export const lmsPackages = {
  courseTitle: 'Course title (optional)',
  scorm: {
    intro:
      'Build a SCORM package of the modules chosen in step 1, in that order, and upload the file to your course as a SCORM package (in Moodle: add an activity, “SCORM package”). Learners then play inside the LMS, which keeps their progress and completion; this browser keeps nothing. The package is made here, from this app’s own files, and works without a connection.',
    reports: 'The package reports completion, time and each choice the learner makes. Balint Rehearsal does not grade sessions; a participation score is optional.',
    cannotBuild: 'The package cannot be built yet:',
    modulesLabel: 'Modules in the package',
    noModules: 'None yet: add modules in step 1.',
    leftOut: (titles: string) => `Not in the package: ${titles}. A package carries only built-in modules; share case files with an assignment link instead.`,
    titleHint: 'Shown in the LMS. If empty: the assignment’s title, else the module’s title or “Balint Rehearsal”.',
    versionLegend: 'SCORM version',
    version12: 'SCORM 1.2 (most LMSs)',
    version2004: 'SCORM 2004 4th edition',
    versionHint:
      'Choose 2004 if your LMS takes it: it keeps longer progress records and shows each choice with its description. Both versions report each choice (which option, when, how long it took), never whether it was right.',
    scoreLegend: 'What the package reports',
    scoreNone: 'Completion and time only, no score',
    scoreParticipation: 'Completion, time and a participation score',
    participationHint:
      'A participation score measures taking part, never the quality of a session or of a choice: 50 when the module reaches an ending, plus 50 when the learner saves a reflection at the debrief (the LMS is told that it was saved, never what it says). The status is always “completed”, never passed or failed; if your LMS sets a mastery score of its own, the package sends no score.',
    build: 'Build SCORM package',
  },
  cmi5: {
    intro: (modules: number) =>
      `For an LMS with a Learning Record Store (Moodle with a cmi5 plugin, SCORM Cloud, Veracity, TRAX): a cmi5 package of ${modules ? `the same ${modulesOf(modules)}` : 'the modules chosen in step 1'}, one unit per module. The LMS then records each choice a learner makes (what was offered, what they chose, and what it did in the group), completion and time. Choices made while the LMS cannot be reached wait on the learner’s device and are sent when it can. No grade: a participation score only if you choose one.`,
    scoreLegend: 'What the cmi5 package reports',
    scoreNone: 'Choices, completion and time, no score',
    scoreParticipation: 'The same and a participation score (50 for an ending, 50 for a reflection saved)',
    build: 'Build cmi5 package',
  },
  /** A problem in a package form, next to its field and in the summary. */
  formProblem(p: PackageFormProblem): string {
    switch (p.code) {
      case 'no-modules':
        return 'Add at least one module in step 1: the package holds the modules chosen there.';
      case 'title-too-long':
        return `The course title is longer than ${formatNumber(p.max)} characters.`;
      case 'title-control':
        return 'The course title contains control characters.';
    }
  },
  /** Progress and result, for the live region ('' before a build and after a failed one). */
  status(s: PackageStatus): string {
    switch (s.code) {
      case 'idle':
        return '';
      case 'building':
        return `Building the ${formatName[s.format]} package of ${count(s.modules, 'module', 'modules')}…`;
      case 'ready': {
        const b = s.built;
        const kb = formatNumber(Math.max(1, Math.round(b.bytes / 1024)));
        return `${formatName[b.format]} package ready: ${b.fileName} (${kb} KB, ${count(b.files, 'file', 'files')}, ${count(b.modules, 'module', 'modules')}). Your browser saved it with your downloads.`;
      }
    }
  },
  /** Why the last build failed. */
  failure(f: PackageFailure): string {
    const reason = failureReason(f);
    return `The package could not be built. ${/[.!?]$/.test(reason) ? reason : `${reason}.`}`;
  },
  /** When the app's files hold no package kit: the development server (`npm start`) makes none. */
  kitMissing:
    'This copy of the app cannot build packages: it is the development server (`npm start`), and a package is made from the files of a production build. Run `npm run build && npm run preview`, open the instructor page at http://localhost:4173/#/instructor and build the package there (or use `npm run export:scorm` or `npm run export:cmi5`).',
};
