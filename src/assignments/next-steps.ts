/**
 * Where a learner goes from the debrief of a module that is part of an assignment: back to that
 * assignment, and on to the next required module not yet done (the first such after this one in
 * the assignment's order, else the first before it), or none when every other required module is
 * done. The assignment is the one the module was opened from (its route's `?from=`), else, of the
 * learner's stored assignments holding the module, the one added last.
 */
import type { Attempt } from '../storage/types';
import { assignmentProgress } from './assignment-progress';
import type { MyAssignment } from './my-assignments';
import type { DecodedAssignment } from './types';

/** The way on from a module's debrief. */
export interface NextSteps {
  /** The assignment the module is part of. */
  assignment: DecodedAssignment;
  /** True when the assignment is in My assignments; false when only the module's address carries it. */
  kept: boolean;
  /** The next required module not yet done, if any. */
  next?: { id: string; title: string };
}

/** The way on from `moduleId`'s debrief, or undefined when no stored assignment holds it. `attempts`: newest first. */
export function nextSteps(assignments: readonly MyAssignment[], attempts: readonly Attempt[], moduleId: string): NextSteps | undefined {
  const assignment = [...assignments].sort((a, b) => b.addedAt.localeCompare(a.addedAt)).find((a) => a.assignment.modules.some((m) => m.id === moduleId));
  return assignment && stepsWithin(assignment, attempts, moduleId, true);
}

/** The way on from `moduleId`'s debrief within one assignment (`kept`: whether it is stored), or undefined when it does not hold the module. */
export function stepsWithin(assignment: DecodedAssignment, attempts: readonly Attempt[], moduleId: string, kept: boolean): NextSteps | undefined {
  if (!assignment.assignment.modules.some((m) => m.id === moduleId)) return undefined;
  const progress = assignmentProgress(assignment.assignment, attempts);
  const at = progress.modules.findIndex((m) => m.id === moduleId);
  const open = progress.modules.flatMap((m, i) => (m.required && m.known && m.title && m.status !== 'completed' && m.id !== moduleId ? [{ m, title: m.title, i }] : []));
  const pick = open.find(({ i }) => i > at) ?? open[0];
  return { assignment, kept, ...(pick ? { next: { id: pick.m.id, title: pick.title } } : {}) };
}
