import { expect, test } from '@playwright/test';
import { scripts } from './support/plans';

test('home lists every module as a link named by its title', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
  for (const s of scripts()) {
    await expect(page.getByRole('link', { name: new RegExp(`^${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeVisible();
  }
  await expect(page.getByText('fictional composite').first()).toBeVisible();
});

test('catalogue filters by track, challenge, rule and length', async ({ page }) => {
  await page.goto('/');
  const all = scripts();
  await page.getByRole('combobox', { name: 'Track' }).selectOption('leader');
  const leaders = all.filter((s) => s.track === 'leader');
  await expect(page.getByRole('status').filter({ hasText: 'modules shown' })).toHaveText(`${leaders.length} of ${all.length} modules shown.`);
  await page.getByRole('combobox', { name: 'Leadership challenge' }).selectOption('advice-giving');
  const both = leaders.filter((s) => s.challenges.includes('advice-giving'));
  await expect(page.getByRole('status').filter({ hasText: 'modules shown' })).toHaveText(`${both.length} of ${all.length} modules shown.`);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await page.getByRole('combobox', { name: 'Ground rule' }).selectOption('confidentiality');
  const conf = all.filter((s) => s.rules.includes('confidentiality'));
  await expect(page.getByRole('status').filter({ hasText: 'modules shown' })).toHaveText(`${conf.length} of ${all.length} modules shown.`);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await page.getByRole('combobox', { name: 'Length' }).selectOption('short');
  const short = all.filter((s) => s.minutes <= 10);
  await expect(page.getByRole('status').filter({ hasText: 'modules shown' })).toHaveText(`${short.length} of ${all.length} modules shown.`);
});
