/**
 * The learner's next steps for one module, read from storage and from the assignment the module
 * was opened from: the one entry point the session and debrief screens load on demand (through
 * `load-next-steps.ts`, only when there is a link or a stored assignment), so the
 * assignment code (link decoding, progress) stays off the path that opens or resumes a session.
 * Reading never writes: an assignment the learner did not add stays unstored.
 */
import type { ProgressRepository } from '../storage/repository';
import { decodeAssignment } from './assignment-link';
import { listMyAssignments } from './my-assignments';
import { nextSteps, stepsWithin, type NextSteps } from './next-steps';

/**
 * Where `moduleId` sits in the assignment it was opened from (`from`: the link payload its route
 * carries), else in the learner's stored assignments; undefined when neither holds it (a payload
 * that does not read as an assignment, or does not hold the module, is ignored). `withAttempts`
 * counts finished modules.
 */
export async function nextStepsFor(repo: Pick<ProgressRepository, 'listAssignments' | 'listAttempts'>, moduleId: string, withAttempts: boolean, from?: string): Promise<NextSteps | undefined> {
  const [assignments, attempts, opened] = await Promise.all([
    listMyAssignments(repo),
    withAttempts ? repo.listAttempts() : Promise.resolve([]),
    from ? decodeAssignment(from) : Promise.resolve(undefined),
  ]);
  const link = opened?.ok ? { assignment: opened.assignment, id: opened.id, payload: opened.payload } : undefined;
  const fromLink = link && stepsWithin(link, attempts, moduleId, assignments.some((a) => a.id === link.id));
  return fromLink ?? nextSteps(assignments, attempts, moduleId);
}
