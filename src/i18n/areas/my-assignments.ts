/** The catalogue's `myAssignments` area in the reader's language (English: `../en/my-assignments.ts`). */
import { myAssignments as en } from '../en/my-assignments';
import { pick } from '../language';

export const myAssignments = /* @__PURE__ */ pick({ en });
