/** The catalogue's `pastedLink` area in the reader's language (English: `../en/pasted-link.ts`). */
import { pastedLink as en } from '../en/pasted-link';
import { pick } from '../language';

export const pastedLink = /* @__PURE__ */ pick({ en });
