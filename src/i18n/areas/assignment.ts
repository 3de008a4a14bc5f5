/** The catalogue's `assignment` area in the reader's language (English: `../en/assignment.ts`). */
import { assignment as en } from '../en/assignment';
import { pick } from '../language';

export const assignment = /* @__PURE__ */ pick({ en });
