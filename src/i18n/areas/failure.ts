/** The catalogue's `failure` area in the reader's language (English: `../en/failure.ts`). */
import { failure as en } from '../en/failure';
import { pick } from '../language';

export const failure = /* @__PURE__ */ pick({ en });
