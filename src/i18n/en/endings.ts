/**
 * How an ending is named wherever it is listed (progress, cohort table and CSV, debrief): its title
 * and its kind's label (`endingKinds` in the vocabulary, looked up with `kindLabel`), which
 * describes what kind of session it was and never ranks it.
 */
import { plural } from '../format';

export const endings = {
  /** "Title (the presenter left with a question)", or the title alone when the ending has no kind. */
  name: (title: string, kind?: string) => (kind ? `${title} (${kind.charAt(0).toLowerCase()}${kind.slice(1)})` : title),
  /** Where this ending sits among the module's, after its kind ("… · one of 3 endings of this module"). */
  among: (endings: number) => plural(endings, { one: 'one of # ending of this module', other: 'one of # endings of this module' }),
  /** The same, alone (an ending without a kind): "One of 3 endings of this module". */
  amongAlone: (endings: number) => plural(endings, { one: 'One of # ending of this module', other: 'One of # endings of this module' }),
};
