/** The catalogue's `room` area in the reader's language (English: `../en/room.ts`). */
import { room as en } from '../en/room';
import { pick } from '../language';

export const room = /* @__PURE__ */ pick({ en });
