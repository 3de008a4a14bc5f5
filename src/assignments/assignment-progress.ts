/**
 * Where a learner stands on an assignment, derived from the attempt records alone (nothing about
 * progress is stored with the assignment). Built on `summariseProgress`, so the assignment view,
 * My assignments, the receipt and the home page badges agree. Any completed attempt of a module
 * counts, including one made before the assignment was added: the module was practised. A case
 * file is known by the title the assignment gives it (its number of endings only once it is
 * compiled, which this pure module does not do). Statuses are codes, times are milliseconds and
 * dates stay ISO: the views word them (`m.myAssignments`, `src/i18n/format.ts`).
 */
import { summaryOf } from '../catalog/catalog';
import { summariseProgress } from '../session/progress-summary';
import type { Attempt } from '../storage/types';
import type { Assignment, AssignmentProgress, ModuleStatus } from './types';

/** Progress on every module of an assignment. `attempts` must be newest first. */
export function assignmentProgress(assignment: Assignment, attempts: readonly Attempt[]): AssignmentProgress {
  const byModule = summariseProgress(attempts);
  const modules = assignment.modules.map((m) => {
    const s = summaryOf(m.id);
    const p = byModule.get(m.id);
    const status: ModuleStatus = p?.completed ? 'completed' : p?.active ? 'in-progress' : 'not-started';
    const activeMs = attempts.filter((a) => a.moduleId === m.id).reduce((sum, a) => sum + a.activeMs, 0);
    const title = s?.title ?? m.caseFile?.title;
    return {
      id: m.id,
      ...(title ? { title } : {}),
      required: m.required,
      known: !!s || !!m.caseFile,
      ...(m.caseFile ? { caseFile: m.caseFile } : {}),
      status,
      endings: p?.endings ?? [],
      endingsTotal: s?.endings ?? 0,
      activeMs,
    };
  });
  const required = modules.filter((m) => m.required);
  const requiredDone = required.filter((m) => m.status === 'completed').length;
  return { modules, requiredDone, requiredTotal: required.length, complete: requiredDone === required.length };
}

/** True when the due date is before today (the learner's local date). */
export function isOverdue(due: string, now = new Date()): boolean {
  const p = (n: number) => String(n).padStart(2, '0');
  return due < `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
