/** The catalogue's `teaching` area in the reader's language (English: `../en/teaching.ts`). */
import { teaching as en } from '../en/teaching';
import { pick } from '../language';

export const teaching = /* @__PURE__ */ pick({ en });
