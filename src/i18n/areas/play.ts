/** The catalogue's `play` area in the reader's language (English: `../en/play.ts`). */
import { play as en } from '../en/play';
import { pick } from '../language';

export const play = /* @__PURE__ */ pick({ en });
