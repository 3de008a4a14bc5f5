/**
 * The label of an ending's kind (`endingKinds` in the vocabulary), which describes what kind of
 * session it was and never ranks it. The catalogue's `m.endings.name` words an ending with it. A
 * legacy case file's ending has no kind.
 */
import { label } from './catalog';

/** The label of an ending kind ("The presenter left with a question"), or undefined without one. */
export function kindLabel(kind: string | undefined): string | undefined {
  return kind ? label('endingKinds', kind) : undefined;
}
