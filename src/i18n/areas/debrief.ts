/** The catalogue's `debrief` area in the reader's language (English: `../en/debrief.ts`). */
import { debrief as en } from '../en/debrief';
import { pick } from '../language';

export const debrief = /* @__PURE__ */ pick({ en });
