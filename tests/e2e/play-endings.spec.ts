import { expect, test } from '@playwright/test';
import { keyboardStep, startModule } from './support/player';
import { plansToEndings, script } from './support/plans';

// Issue 2's two complete sessions, every ending, by keyboard alone.
for (const id of ['first-group', 'advice-and-interrogation']) {
  const s = script(id);
  for (const [ending, plan] of plansToEndings(s)) {
    test(`${id}: reaches ending "${ending}" by keyboard alone`, async ({ page }) => {
      await page.goto(`/#/module/${id}`);
      await page.getByRole('button', { name: 'Begin', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
      for (const st of plan) await keyboardStep(page, st);
      await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
      const title = s.scenes.find((x) => x.id === ending)!.ending!.title;
      await expect(page.getByRole('heading', { level: 3, name: title, exact: true })).toBeVisible();
    });
  }
}

test('startModule helper begins a module', async ({ page }) => {
  await startModule(page, 'rule-honesty');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(script('rule-honesty').title);
});
