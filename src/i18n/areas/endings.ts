/** The catalogue's `endings` area in the reader's language (English: `../en/endings.ts`). */
import { endings as en } from '../en/endings';
import { pick } from '../language';

export const endings = /* @__PURE__ */ pick({ en });
