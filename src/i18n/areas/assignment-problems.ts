/** The catalogue's `assignmentProblems` area in the reader's language (English: `../en/assignment-problems.ts`). */
import { assignmentProblems as en } from '../en/assignment-problems';
import { pick } from '../language';

export const assignmentProblems = /* @__PURE__ */ pick({ en });
