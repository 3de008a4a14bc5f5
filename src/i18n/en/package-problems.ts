/**
 * Why a package cannot be built: the words for the codes `src/lms/package` throws
 * (`PackageProblem`), shared by the instructor view and the export commands.
 */
import type { KitIssue, PackageProblemCode } from '../../lms/package/types';

/** What is wrong with a kit's contents, as a clause. */
const kitIssue: Record<KitIssue, string> = {
  'path-not-plain': 'a file path is not a plain relative path',
  'path-leaves-app': 'a file path leaves the app',
  'kit-version': 'it is not a kit of a version this app reads',
  'module-id': 'a module id has characters no module id has',
  'content-hash': 'a content hash is not hexadecimal',
  shape: 'its contents are not in the shape this app reads',
};

export const packageProblems = {
  /** The sentence(s) for one problem. */
  text(p: PackageProblemCode): string {
    switch (p.code) {
      case 'kit-missing':
        return 'The app’s files hold no package kit (scorm-kit.json): packages are made from a production build.';
      case 'kit-http':
        return `The app’s file scorm-kit.json could not be loaded (HTTP ${p.status}). Reload the page and try again.`;
      case 'kit-not-json':
        return 'The app’s file scorm-kit.json is damaged. Reload the page and try again.';
      case 'kit-invalid':
        return `${p.file} is damaged or from another version: ${kitIssue[p.issue]}.`;
      case 'kit-no-launch':
        return `${p.file} is damaged: the player does not include ${p.launch}.`;
      case 'no-modules':
        return 'No modules given. Use --modules <id,id,…>.';
      case 'too-many-modules':
        return `A package holds at most ${p.max} modules.`;
      case 'unknown-modules':
        return `Unknown module id(s): ${p.unknown.join(', ')}. Known modules: ${p.known.join(', ')}`;
      case 'unknown-score':
        return `Unknown score "${p.score}": a package reports no score, or a participation score.`;
      case 'file-clash':
        return `The build already has a file named ${p.file}.`;
      case 'page-already-package':
        return 'index.html is already a package page.';
      case 'page-no-head':
        return 'index.html has no </head>.';
    }
  },
};
