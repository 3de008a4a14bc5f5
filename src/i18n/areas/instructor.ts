/** The catalogue's `instructor` area in the reader's language (English: `../en/instructor.ts`). */
import { instructor as en } from '../en/instructor';
import { pick } from '../language';

export const instructor = /* @__PURE__ */ pick({ en });
