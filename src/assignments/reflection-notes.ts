/**
 * Which private reflections a learner may add to a completion receipt, and how each is named on
 * the tick box. Only reflections on the assignment's own modules are offered (in the assignment's
 * module order, newest changed first within a module), each with its module's title and date for
 * its tick box, so the learner can tell what they tick. Offering is all this does: nothing is included
 * unless ticked (`ReceiptExport`), and the receipt keeps only the module id and the text.
 */
import type { Reflection } from '../storage/types';
import type { ReceiptNote } from './types';

/** A note the learner may tick, with what its tick box names (worded by the view: `m.myAssignments.noteLabel`). */
export interface OfferedNote extends ReceiptNote {
  /** Its module's title as the assignment page shows it; absent for a module this app no longer has. Never written into the receipt. */
  title?: string;
  /** ISO time the reflection was last changed. Never written into the receipt. */
  updatedAt: string;
}

/**
 * The learner's reflections on the assignment's modules, as notes to offer. `modules` are the
 * assignment's, in order, with the titles the assignment page shows (`AssignmentProgress.modules`).
 */
export function reflectionNotes(modules: readonly { id: string; title?: string }[], reflections: readonly Reflection[]): OfferedNote[] {
  return modules.flatMap((m) =>
    reflections
      .filter((r) => r.moduleId === m.id && r.text.trim())
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((r) => ({ moduleId: r.moduleId, text: r.text, ...(m.title ? { title: m.title } : {}), updatedAt: r.updatedAt })),
  );
}
