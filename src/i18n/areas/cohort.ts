/** The catalogue's `cohort` area in the reader's language (English: `../en/cohort.ts`). */
import { cohort as en } from '../en/cohort';
import { pick } from '../language';

export const cohort = /* @__PURE__ */ pick({ en });
