/** The catalogue's `backupProblems` area in the reader's language (English: `../en/backup-problems.ts`). */
import { backupProblems as en } from '../en/backup-problems';
import { pick } from '../language';

export const backupProblems = /* @__PURE__ */ pick({ en });
