/** The catalogue's `charts` area in the reader's language (English: `../en/charts.ts`). */
import { charts as en } from '../en/charts';
import { pick } from '../language';

export const charts = /* @__PURE__ */ pick({ en });
