import { expect, test } from '@playwright/test';
import { startModule, step, transcriptTexts } from './support/player';
import { plansToEndings, script } from './support/plans';

test('going back one choice restores the earlier scene and is recorded', async ({ page }) => {
  const id = 'advice-and-interrogation';
  const plan = [...plansToEndings(script(id)).values()][0]!;
  await startModule(page, id);
  const firstChoice = plan.findIndex((s) => s.kind === 'choice');
  for (const s of plan.slice(0, firstChoice)) await step(page, s);
  const before = await transcriptTexts(page);
  const choices = await page.getByRole('group', { name: 'Your response' }).getByRole('button').allInnerTexts();
  await step(page, plan[firstChoice]!);
  expect((await transcriptTexts(page)).length).toBeGreaterThan(before.length);
  await page.getByRole('button', { name: 'Go back one choice' }).click();
  await expect.poll(() => transcriptTexts(page)).toEqual(before);
  expect(await page.getByRole('group', { name: 'Your response' }).getByRole('button').allInnerTexts()).toEqual(choices);
  await expect(page.getByRole('group', { name: 'Your response' })).toBeVisible();
  // The undo survives a reload.
  await page.reload();
  await expect.poll(() => transcriptTexts(page)).toEqual(before);
  await page.goto('/#/progress');
  await expect(page.getByRole('cell', { name: 'in progress' })).toBeVisible();
});
