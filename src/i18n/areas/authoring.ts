/** The catalogue's `authoring` area in the reader's language (English: `../en/authoring.ts`). */
import { authoring as en } from '../en/authoring';
import { pick } from '../language';

export const authoring = /* @__PURE__ */ pick({ en });
