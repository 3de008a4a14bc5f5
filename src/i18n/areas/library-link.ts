/** The catalogue's `libraryLink` area in the reader's language (English: `../en/library-link.ts`). */
import { libraryLink as en } from '../en/library-link';
import { pick } from '../language';

export const libraryLink = /* @__PURE__ */ pick({ en });
