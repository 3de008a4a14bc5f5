/** The catalogue's `settings` area in the reader's language (English: `../en/settings.ts`). */
import { settings as en } from '../en/settings';
import { pick } from '../language';

export const settings = /* @__PURE__ */ pick({ en });
