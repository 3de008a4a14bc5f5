/** The catalogue's `home` area in the reader's language (English: `../en/home.ts`). */
import { home as en } from '../en/home';
import { pick } from '../language';

export const home = /* @__PURE__ */ pick({ en });
