/**
 * The error package assembly throws: a code with its data (`PackageProblemCode`), worded by the
 * view or the command that shows it (`src/i18n/en/package-problems.ts`). Its `message` is the code,
 * for developers.
 */
import type { PackageProblemCode } from './types';

/** A package cannot be built, and why. */
export class PackageProblem extends Error {
  constructor(
    /** Why, as a code with its data. */
    readonly problem: PackageProblemCode,
  ) {
    super(problem.code);
    this.name = 'PackageProblem';
  }
}
