/**
 * Where a learner stands on an assignment, derived from the attempt records alone (nothing about
 * progress is stored with the assignment). Built on `summariseProgress`, so the assignment view,
 * My assignments, the receipt and the home page badges agree. Any completed attempt of a module
 * counts, including one made before the assignment was added: the module was practised. A case
 * file is known by the title the assignment gives it (its number of endings only once it is
 * compiled, which this pure module does not do).
 */
import { summaryOf } from '../catalog/catalog';
import { activeMinutes } from './active-minutes';
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
    return {
      id: m.id,
      title: s?.title ?? m.caseFile?.title ?? m.id,
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

/** Words for a module status. */
export const STATUS_LABELS: Record<ModuleStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** A due date (YYYY-MM-DD) in the reader's words, read as a calendar date (no time-zone shift). */
export function formatDue(due: string): string {
  const [y, m, d] = due.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString(undefined, { dateStyle: 'long', timeZone: 'UTC' });
}

/** True when the due date is before today (the learner's local date). */
export function isOverdue(due: string, now = new Date()): boolean {
  const p = (n: number) => String(n).padStart(2, '0');
  return due < `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Milliseconds as "1 h 5 min" or "12 min" (minutes as `activeMinutes` rounds them). */
export function formatDuration(ms: number): string {
  const minutes = activeMinutes(ms);
  const h = Math.floor(minutes / 60);
  return h ? `${h} h ${minutes % 60} min` : `${minutes} min`;
}
