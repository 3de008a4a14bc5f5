/**
 * Private reflections, end to end on the production build: written at the debrief (the privacy
 * statement is the field's description), saved, still there after a reload, listed on Progress
 * and edited from there; offered in a completion receipt but included only when ticked; shown to
 * the instructor who imports that receipt. axe on every screen that shows one.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, startModule, step } from './support/player';
import { plansToEndings, scripts } from './support/plans';

// The module with the shortest path to an ending keeps the test quick.
const [first, plan] = scripts()
  .map((s) => [s, [...plansToEndings(s).values()].sort((a, b) => a.length - b.length)[0]!] as const)
  .sort((a, b) => a[1].length - b[1].length)[0]!;
const FIELD = 'Your reflection on this session';
const TEXT = 'I wanted to <b>rescue</b> the presenter.\nThe silence felt long, then useful.';
const LEARNER = 'Ana Lee';

/** Play the module to its debrief and save a reflection there. */
async function playAndReflect(page: Page) {
  await startModule(page, first.id);
  for (const s of plan) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await page.getByRole('textbox', { name: FIELD }).fill(TEXT);
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reflection saved on this device.' })).toBeVisible();
}

/** Type the learner's name, download the receipt and parse it. */
async function downloadReceipt(page: Page): Promise<{ text: string; path: string }> {
  await page.getByLabel('Your name, as your instructor should see it').fill(LEARNER);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download receipt' }).click()]);
  const path = test.info().outputPath(`receipt-${Date.now()}.json`);
  await download.saveAs(path);
  return { text: await readFile(path, 'utf8'), path };
}

test('a reflection is private, saved at the debrief, kept after a reload and listed on Progress', async ({ page }) => {
  await startModule(page, first.id);
  for (const s of plan) await step(page, s);
  const field = page.getByRole('textbox', { name: FIELD });
  await expect(page.getByRole('heading', { level: 2, name: 'Your reflection' })).toBeVisible();
  await expect(field).toHaveAccessibleDescription(
    /Private\. Your reflection stays on this device\. It leaves it only if you download a backup, or if you tick it when you export a completion receipt/,
  );
  await field.fill(TEXT);
  await expect(page.getByText('Not saved yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reflection saved on this device.' })).toBeVisible();
  await expect(page.getByText(/^Saved on this device, /)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.reload();
  await page.goto('/#/progress');
  const mine = page.getByRole('region', { name: 'Your reflections' });
  const item = mine.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('heading', { level: 3, name: first.title })).toBeVisible();
  await expect(item).toContainText('I wanted to <b>rescue</b> the presenter.');
  await expect(item).toContainText('The silence felt long, then useful.');
  await expect(page.getByText('rescue', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await item.getByRole('link', { name: `Edit this reflection on ${first.title} (` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your reflection' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: FIELD })).toHaveValue(TEXT);
  await page.reload();
  await expect(page.getByRole('textbox', { name: FIELD })).toHaveValue(TEXT);
});

test('a receipt holds no reflection unless it is ticked, then exactly that one; the instructor reads it as text', async ({ page }) => {
  const payload = Buffer.from(JSON.stringify({ v: 1, title: 'Reflection week', cohort: '', feedback: 'debrief', modules: [{ id: first.id, required: true }] })).toString('base64url');
  await playAndReflect(page);
  await page.goto(`/#/assignment/${payload}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Reflection week' })).toBeVisible();

  const offered = page.getByRole('group', { name: 'Reflections to include (none is included unless you tick it)' });
  const box = offered.getByRole('checkbox', { name: `Your reflection on ${first.title}, ` });
  await expect(box).toHaveCount(1);
  await expect(box).not.toBeChecked();
  await expectNoAxeViolations(page);

  const unticked = await downloadReceipt(page);
  expect(JSON.parse(unticked.text).notes).toBeUndefined();
  expect(unticked.text).not.toContain('rescue');

  await box.check();
  const ticked = await downloadReceipt(page);
  expect(JSON.parse(ticked.text).notes).toEqual([{ moduleId: first.id, text: TEXT }]);

  await page.goto('/#/instructor');
  await page.getByLabel('Choose receipt files').setInputFiles([ticked.path]);
  await expect(page.getByRole('status').filter({ hasText: 'Read 1 file: 1 accepted, 0 flagged.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reflections learners chose to share' })).toBeVisible();
  await page.getByText(`${LEARNER}: 1 reflection`).click();
  await expect(page.getByText('I wanted to <b>rescue</b> the presenter.', { exact: false })).toBeVisible();
  await expect(page.getByText('rescue', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
