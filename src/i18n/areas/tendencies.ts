/** The catalogue's `tendencies` area in the reader's language (English: `../en/tendencies.ts`). */
import { tendencies as en } from '../en/tendencies';
import { pick } from '../language';

export const tendencies = /* @__PURE__ */ pick({ en });
