/**
 * What the SCORM end-to-end specs share about the stand-in LMS (tests/e2e/scorm-harness): reading
 * its log of calls and commits, taking one step inside the SCO's frame and waiting for the commit
 * that carries it, and the score a played path should report. One copy, so the CLI package and
 * the package built by the instructor view's button are held to the same expectations.
 */
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { evidence } from '../../../src/session/derive';
import { scoreFor } from '../../../src/lms/scorm-report';
import type { Script } from '../../../src/script/types';
import type { PlanStep } from './plans';

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
  const items = frame.getByRole('list', { name: 'Transcript' }).getByRole('listitem');
  const before = await items.count();
  const commits = (await lms(page)).commits.length;
  if (move.kind === 'continue') await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  else await frame.getByRole('group', { name: 'Your response' }).getByRole('button', { name: move.name, exact: true }).click();
  await expect
    .poll(async () => (await frame.getByRole('heading', { level: 2, name: 'Debrief' }).count()) > 0 || (await items.count()) > before)
    .toBe(true);
  const token = move.kind === 'continue' ? '_' : move.id;
  await expect.poll(async () => (await lms(page)).commits.slice(commits).some((c) => c.suspend_data.endsWith(`~${token}`) || c.suspend_data.endsWith(`.${token}`))).toBe(true);
}

/** The score the runtime should report for `plan` to `endingId` of `script`. */
export function expectedScore(script: Script, plan: readonly PlanStep[], endingId: string): number {
  const chosen = plan.flatMap((p) => (p.kind === 'choice' ? [p.id] : []));
  const tally = evidence(script, chosen);
  const outcome = script.scenes.find((x) => x.id === endingId)!.ending!.outcome;
  return scoreFor({ outcome, evidenceFor: tally.reduce((n, t) => n + t.for, 0), evidenceAgainst: tally.reduce((n, t) => n + t.against, 0) });
}
