/** The catalogue's `browserCheck` area in the reader's language (English: `../en/browser-check.ts`). */
import { browserCheck as en } from '../en/browser-check';
import { pick } from '../language';

export const browserCheck = /* @__PURE__ */ pick({ en });
