/** The catalogue's `packageProblems` area in the reader's language (English: `../en/package-problems.ts`). */
import { packageProblems as en } from '../en/package-problems';
import { pick } from '../language';

export const packageProblems = /* @__PURE__ */ pick({ en });
