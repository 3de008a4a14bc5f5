/** The catalogue's `schemaProblems` area in the reader's language (English: `../en/schema-problems.ts`). */
import { schemaProblems as en } from '../en/schema-problems';
import { pick } from '../language';

export const schemaProblems = /* @__PURE__ */ pick({ en });
