/**
 * The label of an ending's kind (`endingKinds` in the vocabulary), which describes what kind of
 * session it was and never ranks it. The catalogue's `m.endings.name` words an ending with it. A
 * legacy case file's ending has no kind. Ending kinds are not on the home page; they come in a
 * module of their own (`virtual:balint/ending-kinds`), so the debrief, which names them, does not
 * load the rest of the catalogue's details.
 */
import * as built from 'virtual:balint/ending-kinds';

const endingKinds = built.endingKinds as readonly { id: string; label: string }[];

/** The label of an ending kind ("The presenter left with a question"), or undefined without one (or for a kind this version does not have). */
export function kindLabel(kind: string | undefined): string | undefined {
  return kind ? endingKinds.find((t) => t.id === kind)?.label : undefined;
}
