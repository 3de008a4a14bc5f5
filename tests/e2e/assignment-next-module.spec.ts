/**
 * A learner works through an assignment of two modules as a person would (issue 14, item 5): from
 * the link, the first module played to an ending; on its debrief "Next module" opens the second
 * module's introduction; once begun, "Back to the assignment" leads back to the assignment page,
 * where the first module is completed and the second in progress. The first module's debrief,
 * opened again from Progress, offers the same ways on.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, step } from './support/player';
import { plansToEndings, scripts } from './support/plans';

type Script = ReturnType<typeof scripts>[0];
const shortest = (s: Script) => [...plansToEndings(s).values()].sort((a, b) => a.length - b.length)[0]!;
// Two short modules (the foundations track): the first is played to an ending, the second begun.
const [first, second] = scripts().filter((s) => s.track === 'foundations') as [Script, Script];
const TITLE = 'Week 2: two modules';
// A link as the instructor's page writes one (format 1: base64url JSON, still read).
const payload = Buffer.from(
  JSON.stringify({ v: 1, title: TITLE, cohort: '', feedback: 'immediate', modules: [{ id: first.id, required: true }, { id: second.id, required: true }] }),
).toString('base64url');

test('"Next module" on the debrief opens the second module, and "Back to the assignment" shows the first done', async ({ page }) => {
  await page.goto(`/#/assignment/${payload}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Add to My assignments' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to My assignments' })).toBeVisible();

  await page.getByRole('list', { name: 'Assigned modules' }).getByRole('link', { name: first.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  for (const s of shortest(first)) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeFocused();

  const ways = page.getByRole('region', { name: 'Your assignment' });
  await expect(ways).toContainText(`This module is part of your assignment “${TITLE}”.`);
  await expect(ways.getByRole('link', { name: 'Back to the assignment' })).toBeVisible();
  await expectNoAxeViolations(page);
  await ways.getByRole('link', { name: `Next module: ${second.title}` }).click();

  // The second module's introduction, with focus on its heading, then the session.
  await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeFocused();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Back to the assignment' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();
  const items = page.getByRole('list', { name: 'Assigned modules' }).getByRole('listitem');
  await expect(items.filter({ hasText: first.title })).toContainText('Completed');
  await expect(items.filter({ hasText: second.title })).toContainText('In progress');
  await expect(page.getByText('1 of 2', { exact: true })).toBeVisible();

  // The same ways on from the first module's debrief opened later from Progress.
  await page.goto('/#/progress');
  await page.getByRole('link', { name: /\(open the debrief\)$/ }).click();
  const earlier = page.getByRole('region', { name: 'Your assignment' });
  await expect(earlier.getByRole('link', { name: `Next module: ${second.title}` })).toBeVisible();
  await expect(earlier.getByRole('link', { name: 'Back to the assignment' })).toBeVisible();
});
