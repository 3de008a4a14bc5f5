/** The catalogue's `assignmentLink` area in the reader's language (English: `../en/assignment-link.ts`). */
import { assignmentLink as en } from '../en/assignment-link';
import { pick } from '../language';

export const assignmentLink = /* @__PURE__ */ pick({ en });
