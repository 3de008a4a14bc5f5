/** The catalogue's `storage` area in the reader's language (English: `../en/storage.ts`). */
import { storage as en } from '../en/storage';
import { pick } from '../language';

export const storage = /* @__PURE__ */ pick({ en });
