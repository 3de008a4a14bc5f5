/**
 * How an ending is named wherever it is listed (progress, cohort table, debrief): its title and the
 * label of its kind (`endingKinds` in the vocabulary), which describes what kind of session it was
 * and never ranks it. A legacy case file's ending has no kind, and is named by its title alone.
 */
import { label } from '../catalog/catalog';

/** An ending as summaries and receipts carry it. */
export interface NamedEnding {
  /** The ending's title. */
  title: string;
  /** Its kind (an `endingKinds` id), when it has one. */
  kind?: string;
}

/** The label of an ending kind ("The presenter left with a question"), or undefined without one. */
export function kindLabel(kind: string | undefined): string | undefined {
  return kind ? label('endingKinds', kind) : undefined;
}

/** "Title (the presenter left with a question)", or the title alone when the ending has no kind. */
export function endingName(e: NamedEnding): string {
  const k = kindLabel(e.kind);
  return k ? `${e.title} (${k.charAt(0).toLowerCase()}${k.slice(1)})` : e.title;
}
