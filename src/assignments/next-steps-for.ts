/**
 * The learner's next steps for one module, read from storage: the one entry point the session and
 * debrief screens load on demand, so the assignment code (link decoding, progress) stays off the
 * path that opens or resumes a session.
 */
import type { ProgressRepository } from '../storage/repository';
import { listMyAssignments } from './my-assignments';
import { nextSteps, type NextSteps } from './next-steps';

/** Where `moduleId` sits in the learner's assignments (undefined when none holds it); `withAttempts` counts finished modules. */
export async function nextStepsFor(repo: ProgressRepository, moduleId: string, withAttempts: boolean): Promise<NextSteps | undefined> {
  const [assignments, attempts] = await Promise.all([listMyAssignments(repo), withAttempts ? repo.listAttempts() : Promise.resolve([])]);
  return nextSteps(assignments, attempts, moduleId);
}
