/** The catalogue's `labels` area in the reader's language (English: `../en/labels.ts`). */
import { labels as en } from '../en/labels';
import { pick } from '../language';

export const labels = /* @__PURE__ */ pick({ en });
