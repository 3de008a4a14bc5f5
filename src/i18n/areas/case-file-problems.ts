/** The catalogue's `caseFileProblems` area in the reader's language (English: `../en/case-file-problems.ts`). */
import { caseFileProblems as en } from '../en/case-file-problems';
import { pick } from '../language';

export const caseFileProblems = /* @__PURE__ */ pick({ en });
