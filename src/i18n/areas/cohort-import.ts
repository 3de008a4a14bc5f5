/** The catalogue's `cohortImport` area in the reader's language (English: `../en/cohort-import.ts`). */
import { cohortImport as en } from '../en/cohort-import';
import { pick } from '../language';

export const cohortImport = /* @__PURE__ */ pick({ en });
