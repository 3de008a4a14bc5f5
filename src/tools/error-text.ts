/** An export command's error as the words it prints: a package problem's through the catalogue, any other error's message. */
import { packageProblems } from '../i18n/en/package-problems';
import { PackageProblem } from '../lms/package/package-problem';

/** The words for `e`. */
export function errorText(e: unknown): string {
  if (e instanceof PackageProblem) return packageProblems.text(e.problem);
  return e instanceof Error ? e.message : String(e);
}
