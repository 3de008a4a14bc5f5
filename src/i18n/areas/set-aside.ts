/** The catalogue's `setAside` area in the reader's language (English: `../en/set-aside.ts`). */
import { setAside as en } from '../en/set-aside';
import { pick } from '../language';

export const setAside = /* @__PURE__ */ pick({ en });
