/** The catalogue's `progress` area in the reader's language (English: `../en/progress.ts`). */
import { progress as en } from '../en/progress';
import { pick } from '../language';

export const progress = /* @__PURE__ */ pick({ en });
