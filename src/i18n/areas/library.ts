/** The catalogue's `library` area in the reader's language (English: `../en/library.ts`). */
import { library as en } from '../en/library';
import { pick } from '../language';

export const library = /* @__PURE__ */ pick({ en });
