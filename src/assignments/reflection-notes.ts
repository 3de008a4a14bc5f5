/**
 * Which private reflections a learner may add to a completion receipt, and how each is named on
 * the tick box. Only reflections on the assignment's own modules are offered (in the assignment's
 * module order, newest changed first within a module), each labelled with its module's title and
 * date, so the learner can tell what they tick. Offering is all this does: nothing is included
 * unless ticked (`ReceiptExport`), and the receipt keeps only the module id and the text.
 */
import type { Reflection } from '../storage/types';
import type { ReceiptNote } from './types';
import { formatDateTime } from '../i18n/format';

/** A note the learner may tick, with the words on its tick box. */
export interface OfferedNote extends ReceiptNote {
  /** What the tick box says (module title and date); never written into the receipt. */
  label: string;
}

const when = (iso: string) => formatDateTime(iso, 'short');

/**
 * The learner's reflections on the assignment's modules, as notes to offer. `modules` are the
 * assignment's, in order, with the titles the assignment page shows (`AssignmentProgress.modules`).
 */
export function reflectionNotes(modules: readonly { id: string; title: string }[], reflections: readonly Reflection[], date: (iso: string) => string = when): OfferedNote[] {
  return modules.flatMap((m) =>
    reflections
      .filter((r) => r.moduleId === m.id && r.text.trim())
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((r) => ({ moduleId: r.moduleId, text: r.text, label: `Your reflection on ${m.title}, ${date(r.updatedAt)}` })),
  );
}
