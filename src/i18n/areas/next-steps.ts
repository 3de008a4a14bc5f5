/** The catalogue's `nextSteps` area in the reader's language (English: `../en/next-steps.ts`). */
import { nextSteps as en } from '../en/next-steps';
import { pick } from '../language';

export const nextSteps = /* @__PURE__ */ pick({ en });
