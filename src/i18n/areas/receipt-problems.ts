/** The catalogue's `receiptProblems` area in the reader's language (English: `../en/receipt-problems.ts`). */
import { receiptProblems as en } from '../en/receipt-problems';
import { pick } from '../language';

export const receiptProblems = /* @__PURE__ */ pick({ en });
