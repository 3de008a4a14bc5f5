/**
 * What the SCORM end-to-end specs share about the stand-in LMS (tests/e2e/scorm-harness): reading
 * its log of calls and commits, taking one step inside the SCO's frame and waiting for the commit
 * that carries it, and checking that no status the SCO set was ever passed or failed. One copy, so
 * the CLI package and the package built by the instructor view's button are held to the same
 * expectations.
 */
import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { PlanStep } from './plans';
import { screenState, settle } from './player';

/** The data-model values the harness records at each commit. */
export type Snapshot = {
  suspend_data: string;
  lesson_status: string;
  lesson_location: string;
  exit: string;
  score_raw: string;
  score_min: string;
  score_max: string;
  session_time: string;
  /** The interactions the LMS holds (SCORM 1.2 names). */
  interactions: { id: string; type: string; student_response: string; time: string; latency: string }[];
};
type Lms = { log: { calls: string[][]; commits: Snapshot[] }; snapshot(): Snapshot };

/** The LMS's calls, its commits, and the data model now. */
export const lms = (page: Page) =>
  page.evaluate(() => {
    const l = (window as unknown as { lms: Lms }).lms;
    return { calls: l.log.calls, commits: l.log.commits, now: l.snapshot() };
  });

/** Take one step in the frame and check the LMS got a commit carrying it. */
export async function stepAndCommit(page: Page, frame: FrameLocator, move: PlanStep) {
  const before = await screenState(frame);
  const commits = (await lms(page)).commits.length;
  if (move.kind === 'continue') await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  else await frame.getByRole('group', { name: 'Your response' }).getByRole('button', { name: move.name, exact: true }).click();
  await settle(frame, before);
  const token = move.kind === 'continue' ? '_' : move.id;
  await expect.poll(async () => (await lms(page)).commits.slice(commits).some((c) => c.suspend_data.endsWith(`~${token}`) || c.suspend_data.endsWith(`.${token}`))).toBe(true);
}

/** Every lesson status the SCO set, in order (to check it never set passed or failed). */
export async function statusesSet(page: Page): Promise<string[]> {
  return (await lms(page)).calls.filter((c) => c[0] === 'LMSSetValue' && c[1] === 'cmi.core.lesson_status').map((c) => c[2]!);
}
