import { expect, test } from '@playwright/test';
import { startModule, step, transcriptTexts } from './support/player';
import { plansToEndings, script } from './support/plans';

const id = 'first-group';
const plan = [...plansToEndings(script(id)).values()].sort((a, b) => b.length - a.length)[0]!;

test('a reload at every step resumes at the same scene with the transcript intact', async ({ page }) => {
  await startModule(page, id);
  for (let i = 0; i < plan.length; i++) {
    await step(page, plan[i]!);
    if (i === plan.length - 1) break;
    const before = await transcriptTexts(page);
    await page.reload();
    await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
    expect(await transcriptTexts(page)).toEqual(before);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
});

test('closing the tab halfway and coming back continues where the learner was', async ({ page, context }) => {
  await startModule(page, id);
  const half = Math.floor(plan.length / 2);
  for (const s of plan.slice(0, half)) await step(page, s);
  const before = await transcriptTexts(page);
  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  await again.getByRole('link', { name: `${script(id).title}: continue` }).click();
  await expect(again.getByRole('list', { name: 'Transcript' })).toBeVisible();
  expect(await transcriptTexts(again)).toEqual(before);
  for (const s of plan.slice(half)) await step(again, s);
  await expect(again.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
});

test('starting over is a separate action that keeps the earlier attempt', async ({ page }) => {
  await startModule(page, id);
  await step(page, plan[0]!);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(page.getByRole('list', { name: 'Transcript' }).getByRole('listitem')).not.toHaveCount(0);
  await page.goto('/#/progress');
  await expect(page.getByRole('cell', { name: 'started over' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'in progress' })).toBeVisible();
});
