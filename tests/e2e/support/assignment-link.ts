/**
 * A learner working through an assignment link, as a person would: the link an instructor sends,
 * a module played to its debrief, and the debrief's way on to the next module. Shared by the specs
 * of an assignment the learner added and of one they did not.
 */
import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, step } from './player';
import { plansToEndings, scripts } from './plans';

/** A compiled module. */
export type Script = ReturnType<typeof scripts>[0];

/** Two short modules (the foundations track's first two), and a link of both, required, as the instructor's page writes one (format 1: base64url JSON, still read). */
export function twoModuleLink(title: string): { first: Script; second: Script; payload: string } {
  const [first, second] = scripts().filter((s) => s.track === 'foundations') as [Script, Script];
  const assignment = { v: 1, title, cohort: '', feedback: 'immediate', modules: [{ id: first.id, required: true }, { id: second.id, required: true }] };
  return { first, second, payload: Buffer.from(JSON.stringify(assignment)).toString('base64url') };
}

/** Play the module whose session is on screen by its shortest path to an ending; the debrief's heading then has focus. */
export async function playToDebrief(page: Page, s: Script) {
  const shortest = [...plansToEndings(s).values()].sort((a, b) => a.length - b.length)[0]!;
  for (const st of shortest) await step(page, st);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeFocused();
}

/** On a debrief: the assignment's region says `sentence` and leads back (axe-checked); follow "Next module" and begin it. */
export async function beginNextModule(page: Page, sentence: string, next: Script) {
  const ways = page.getByRole('region', { name: 'Your assignment' });
  await expect(ways).toContainText(sentence);
  await expect(ways.getByRole('link', { name: 'Back to the assignment' })).toBeVisible();
  await expectNoAxeViolations(page);
  await ways.getByRole('link', { name: `Next module: ${next.title}` }).click();
  // The next module's introduction, with focus on its heading, then the session.
  await expect(page.getByRole('heading', { level: 1, name: next.title })).toBeFocused();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
}
