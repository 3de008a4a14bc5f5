/** The catalogue's `reflections` area in the reader's language (English: `../en/reflections.ts`). */
import { reflections as en } from '../en/reflections';
import { pick } from '../language';

export const reflections = /* @__PURE__ */ pick({ en });
