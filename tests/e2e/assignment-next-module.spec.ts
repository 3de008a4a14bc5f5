/**
 * A learner works through an assignment of two modules as a person would (issue 14, item 5): from
 * the link, the first module played to an ending; on its debrief "Next module" opens the second
 * module's introduction; once begun, "Back to the assignment" leads back to the assignment page,
 * where the first module is completed and the second in progress. The first module's debrief,
 * opened again from Progress, offers the same ways on.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/player';
import { beginNextModule, playToDebrief, twoModuleLink } from './support/assignment-link';

const TITLE = 'Week 2: two modules';
// Two short modules (the foundations track): the first is played to an ending, the second begun.
const { first, second, payload } = twoModuleLink(TITLE);

test('"Next module" on the debrief opens the second module, and "Back to the assignment" shows the first done', async ({ page }) => {
  await page.goto(`/#/assignment/${payload}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Add to My assignments' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to My assignments' })).toBeVisible();

  await page.getByRole('list', { name: 'Assigned modules' }).getByRole('link', { name: first.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await playToDebrief(page, first);
  await beginNextModule(page, `This module is part of your assignment “${TITLE}”.`, second);
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
