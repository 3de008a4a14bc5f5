/** The catalogue's `lms` area in the reader's language (English: `../en/lms.ts`). */
import { lms as en } from '../en/lms';
import { pick } from '../language';

export const lms = /* @__PURE__ */ pick({ en });
