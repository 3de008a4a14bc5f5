/**
 * The learner's next steps for one module, as the session and debrief screens ask for them: read
 * on demand, and without loading the assignment code at all (link decoding with its decompression,
 * progress) when there is nothing to find, that is when the route carries no assignment link and
 * none is stored: a session or debrief outside any assignment never carries that code.
 */
import type { ProgressRepository } from '../storage/repository';
import type { NextSteps } from './next-steps';

/** What `nextStepsFor` (next-steps-for.ts) finds, or undefined at once when there is no link (`from`) and no stored assignment. */
export async function loadNextSteps(repo: ProgressRepository, moduleId: string, withAttempts: boolean, from?: string): Promise<NextSteps | undefined> {
  const stored = await repo.listAssignments();
  if (!from && stored.length === 0) return undefined;
  const { nextStepsFor } = await import('./next-steps-for');
  // The stored assignments as just read, so they are not read a second time.
  return nextStepsFor({ listAssignments: async () => stored, listAttempts: () => repo.listAttempts() }, moduleId, withAttempts, from);
}
