/** The catalogue's `update` area in the reader's language (English: `../en/update.ts`). */
import { update as en } from '../en/update';
import { pick } from '../language';

export const update = /* @__PURE__ */ pick({ en });
