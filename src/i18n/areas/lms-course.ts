/** The catalogue's `lmsCourse` area in the reader's language (English: `../en/lms-course.ts`). */
import { lmsCourse as en } from '../en/lms-course';
import { pick } from '../language';

export const lmsCourse = /* @__PURE__ */ pick({ en });
