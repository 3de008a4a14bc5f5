/** The catalogue's `app` area in the reader's language (English: `../en/app.ts`). */
import { app as en } from '../en/app';
import { pick } from '../language';

export const app = /* @__PURE__ */ pick({ en });
