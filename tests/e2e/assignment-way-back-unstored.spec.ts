/**
 * A learner who opens a module from an assignment link without adding the assignment still finds
 * the way back: the module's address carries the assignment (`?from=`), so the session offers
 * "Back to the assignment" and the debrief offers it and the next module, while nothing is stored
 * (the assignment page still offers "Add to My assignments"). An earlier attempt's debrief whose
 * address carries the assignment offers the same.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/player';
import { beginNextModule, playToDebrief, twoModuleLink } from './support/assignment-link';

const TITLE = 'Week 3: not added';
const { first, second, payload } = twoModuleLink(TITLE);

test('a module opened from an assignment not added leads back to it, and its debrief on to the next module', async ({ page }) => {
  await page.goto(`/#/assignment/${payload}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const modules = page.getByRole('list', { name: 'Assigned modules' });

  // Not added: straight to the first module, then back from its session.
  await modules.getByRole('link', { name: first.title }).click();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Back to the assignment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();

  // Again to the module (its place was kept), played to an ending; on from its debrief.
  await modules.getByRole('link', { name: first.title }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await playToDebrief(page, first);
  await beginNextModule(page, `You opened this module from the assignment “${TITLE}”.`, second);

  // The next module carries the assignment on: its session leads back too.
  await page.getByRole('link', { name: 'Back to the assignment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();
  await expect(modules.getByRole('listitem').filter({ hasText: first.title })).toContainText('Completed');
  // Nothing was stored: the assignment is still only a link.
  await expect(page.getByRole('button', { name: 'Add to My assignments' })).toBeVisible();

  // The debrief's own address (where the player sends a session whose debrief could not load) carries it too.
  await page.goto('/#/progress');
  const debrief = await page.getByRole('link', { name: /\(open the debrief\)$/ }).getAttribute('href');
  await page.goto(`/${debrief}?from=${payload}`);
  const earlier = page.getByRole('region', { name: 'Your assignment' });
  await expect(earlier.getByRole('link', { name: `Next module: ${second.title}` })).toBeVisible();
  await expect(earlier.getByRole('link', { name: 'Back to the assignment' })).toBeVisible();
});
