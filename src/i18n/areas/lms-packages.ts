/** The catalogue's `lmsPackages` area in the reader's language (English: `../en/lms-packages.ts`). */
import { lmsPackages as en } from '../en/lms-packages';
import { pick } from '../language';

export const lmsPackages = /* @__PURE__ */ pick({ en });
