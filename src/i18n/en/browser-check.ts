/**
 * The in-browser check's own problems with a script or case file (`src/authoring/compile-in-browser.ts`),
 * as diagnostics beside the compiler's (which are English by design): each the end of a sentence
 * after "file:line:".
 */
import { formatNumber } from '../format';

export const browserCheck = {
  /** The check itself failed (not the script): what to do. */
  couldNotCheck: 'the script could not be checked in this browser; reload the page and try again',
  /** The file is `kb` KB, over the limit of `limitKb` KB. */
  tooBig: (kb: number, limitKb: number) => `the file is ${formatNumber(kb)} KB; scripts are limited to ${formatNumber(limitKb)} KB`,
  /** Checking took longer than `seconds` and was stopped. */
  tooLong: (seconds: number) => `checking the script took longer than ${formatNumber(seconds)} seconds, so it was stopped; shorten it or simplify its conditions and effects`,
  /** A piece of text the sanitiser could not make safe. */
  notSafe: 'this text could not be made safe to show; write it more simply',
};
