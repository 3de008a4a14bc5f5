/** The catalogue's `playerProblems` area in the reader's language (English: `../en/player-problems.ts`). */
import { playerProblems as en } from '../en/player-problems';
import { pick } from '../language';

export const playerProblems = /* @__PURE__ */ pick({ en });
