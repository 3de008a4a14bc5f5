import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, startModule, step } from './support/player';
import { plansToEndings, script } from './support/plans';

const id = 'first-group';
const plan = [...plansToEndings(script(id)).values()][0]!;

test('session screens pass axe: intro, with choices, with feedback open, with inner voices shown', async ({ page }) => {
  await page.goto(`/#/module/${id}`);
  await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  const firstChoice = plan.findIndex((s) => s.kind === 'choice');
  for (const s of plan.slice(0, firstChoice)) await step(page, s);
  await expect(page.getByRole('group', { name: 'Your response' })).toBeVisible();
  await expectNoAxeViolations(page);
  await step(page, plan[firstChoice]!);
  await expect(page.getByRole('heading', { name: 'Feedback on your response' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Show inner voices' }).click();
  await expect(page.getByRole('button', { name: 'Show inner voices' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
});

test('the newest line is announced with its speaker through one polite live region', async ({ page }) => {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  await startModule(page, id);
  const live = page.locator('[aria-live]');
  await expect(live).toHaveCount(1);
  await expect(live).toHaveAttribute('aria-live', 'polite');
  for (const s of plan.slice(0, 4)) {
    const last = (await page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts()).at(-1)!;
    expect(norm(await live.innerText())).toBe(norm(last));
    await step(page, s);
  }
  await expect(page.getByRole('list', { name: 'Transcript' })).not.toHaveAttribute('aria-live', /.*/);
});

test('debrief passes axe and shows path, chart, evidence and map with text alternatives', async ({ page }) => {
  await startModule(page, id);
  for (const s of plan) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Group climate over the session/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Map of the session/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Competency evidence' })).toBeVisible();
  await page.getByText('Show the map as a list').click();
  await expect(page.getByText('you passed through').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Play again' }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
});

test('progress and settings pass axe', async ({ page }) => {
  await startModule(page, id);
  for (const s of plan) await step(page, s);
  await page.goto('/#/progress');
  await expect(page.getByRole('heading', { name: 'Competency profile' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/#/settings');
  await expect(page.getByRole('group', { name: 'Feedback on your choices' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/#/teaching');
  await expectNoAxeViolations(page);
});

test('feedback can be held until the debrief', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: /Hold feedback until the debrief/ }).check();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await startModule(page, id);
  const firstChoice = plan.findIndex((s) => s.kind === 'choice');
  for (const s of plan.slice(0, firstChoice + 1)) await step(page, s);
  await expect(page.getByRole('heading', { name: 'Feedback on your response' })).toHaveCount(0);
});
