/**
 * Instructor features without an LMS, end to end: build an assignment, open its link as a
 * learner, add it, complete a module, export the receipt, and import it with a damaged copy as the
 * instructor. Also hostile links, the form's error summary, printing and axe on every screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { expectNoAxeViolations, startModule, step } from './support/player';
import { plansToEndings, scripts } from './support/plans';

// The module with the shortest path to an ending keeps the test quick; a second one is optional.
const [first, [endingId, plan]] = scripts()
  .map((s) => [s, [...plansToEndings(s).entries()].sort((a, b) => a[1].length - b[1].length)[0]!] as const)
  .sort((a, b) => a[1][1].length - b[1][1].length)[0]!;
const second = scripts().find((s) => s.id !== first.id)!;
const endingTitle = first.scenes.find((s) => s.id === endingId)!.ending!.title;
const ORIGIN = process.env.PW_BASE_URL ?? 'http://localhost:4173';
const TITLE = 'Week 1 <script>alert(1)</script>';
const LEARNER = 'Ana Lee';

/** Build the two-module assignment in the instructor view; resolves to its link. */
async function buildAssignment(page: Page): Promise<string> {
  await page.goto('/#/instructor');
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Cohort label (optional)').fill('GP trainees 2026');
  await page.getByLabel('Due date (optional)').fill('2030-12-31');
  for (const s of [first, second]) {
    await page.getByLabel('Module to add').selectOption(s.id);
    await page.getByRole('button', { name: 'Add module' }).click();
  }
  await expect(page.getByRole('list', { name: 'Assigned modules' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('checkbox', { name: `Required: ${second.title}` }).uncheck();
  await page.getByRole('radio', { name: /At the debrief/ }).check();
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect(page.getByRole('heading', { name: '2. Share it' })).toBeFocused();
  const link = await page.getByRole('textbox', { name: 'Assignment link' }).inputValue();
  expect(link.startsWith(`${ORIGIN}/#/assignment/`)).toBe(true);
  expect(link.slice(`${ORIGIN}/#/assignment/`.length)).toMatch(/^[A-Za-z0-9_-]+$/);
  return link;
}

test('an instructor builds an assignment and gets a link, a QR code and a printable handout', async ({ page }) => {
  await page.goto('/#/instructor');
  await expect(page.getByRole('heading', { level: 1, name: 'Assign modules and collect results' })).toBeVisible();
  await expectNoAxeViolations(page);

  await buildAssignment(page);
  await expect(page.getByRole('img', { name: 'QR code of the assignment link', exact: true })).toBeVisible();
  const handout = page.getByRole('article', { name: TITLE });
  await expect(handout.getByRole('img', { name: /^QR code of the assignment link/ })).toBeVisible();
  await expect(handout).toContainText('Due:');
  await expect(handout).toContainText(`${second.title} (optional`);
  await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);

  // Moving a module keeps focus on the button pressed.
  await page.getByRole('button', { name: `Move down: ${first.title}` }).click();
  await expect(page.getByRole('button', { name: `Move up: ${first.title}` })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'You changed the assignment' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  await page.getByRole('button', { name: 'Print handout' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(handout).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make the link' })).toBeHidden();
  await expect(page.locator('header.site')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
});

test('the form names every problem before making a link', async ({ page }) => {
  await page.goto('/#/instructor');
  await page.getByLabel('Cohort label (optional)').fill('<b>cohort</b>');
  await page.getByRole('button', { name: 'Make the link' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('The title is empty');
  await expect(alert).toContainText('The cohort label may only hold');
  await expect(alert).toContainText('It assigns no module');
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Assignment link' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a learner takes the assignment and sends a receipt; the instructor imports it with a damaged copy', async ({ page, context }) => {
  // Nothing leaves the device and nothing breaks the CSP, on either side.
  const urls: string[] = [];
  const violations: string[] = [];
  context.on('request', (r) => void urls.push(r.url()));
  await page.exposeFunction('reportCspViolation', (v: string) => void violations.push(v));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) => report(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const link = await buildAssignment(page);

  // Learner: open the link, see the assignment as text, add it.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Assignment for GP trainees 2026')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Assigned modules' }).getByRole('listitem')).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add to My assignments' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to My assignments' })).toBeVisible();
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'My assignments' })).toBeVisible();
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await expectNoAxeViolations(page);

  // Complete the first module, then come back to the assignment.
  await startModule(page, first.id);
  for (const s of plan) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await page.goto(link);
  const item = page.getByRole('list', { name: 'Assigned modules' }).getByRole('listitem').filter({ hasText: first.title });
  await expect(item).toContainText('Completed');
  await expect(page.getByText('This assignment is in My assignments.')).toBeVisible();

  // Export the receipt.
  await page.getByRole('button', { name: 'Download receipt' }).click();
  await expect(page.getByLabel('Your name, as your instructor should see it')).toBeFocused();
  await page.getByLabel('Your name, as your instructor should see it').fill(LEARNER);
  await expect(page.getByText('The checksum detects damage, not forgery.')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download receipt' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^balint-receipt-week-1-script-alert-1-script-ana-lee-\d{4}-\d{2}-\d{2}\.json$/);
  const good = test.info().outputPath('receipt.json');
  await download.saveAs(good);
  const text = await readFile(good, 'utf8');
  const receipt = JSON.parse(text);
  expect(receipt).toMatchObject({ format: 'balint-rehearsal-receipt', learner: LEARNER, complete: true });
  expect(receipt.modules[0].endings[0].title).toBe(endingTitle);
  const damaged = test.info().outputPath('receipt-damaged.json');
  await writeFile(damaged, text.replace(`"learner": "${LEARNER}"`, '"learner": "Ana Lea"'));
  await expectNoAxeViolations(page);

  // Instructor: load the assignment from its link, import both files, then the same one dropped again.
  await page.goto('/#/instructor');
  await page.getByText('Continue with an assignment you made earlier').click();
  await page.getByLabel('Paste its link').fill(link);
  await page.getByRole('button', { name: 'Load assignment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toBeVisible();
  await page.getByLabel('Choose receipt files').setInputFiles([good, damaged]);
  await expect(page.getByRole('status').filter({ hasText: 'Read 2 files: 1 accepted, 1 flagged.' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Cohort table' });
  const row = table.getByRole('row').filter({ hasText: LEARNER });
  await expect(row).toContainText('Completed');
  await expect(row).toContainText(endingTitle);
  await expect(row).toContainText('1 of 1 (all)');
  const flags = page.getByRole('listitem').filter({ hasText: 'receipt-damaged.json' });
  await expect(flags).toContainText('Damaged');
  await expect(flags).toContainText('its checksum does not match its content');
  await expect(page.getByRole('img', { name: /Competency evidence across 1 learner/ })).toBeVisible();

  const drop = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'again.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.getByRole('group', { name: 'Receipt files: drop them here, or choose them' }).dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByRole('listitem').filter({ hasText: 'again.json' })).toContainText('Duplicate');
  await expectNoAxeViolations(page);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table (CSV)' }).click()]);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.split('\r\n')[0]).toMatch(/^\uFEFF?Learner,All required completed,/);
  expect(csvText).toContain(`${LEARNER},yes,1 of 1,Completed,`);
  expect(violations).toEqual([]);
  expect(urls.filter((u) => !u.startsWith(`${ORIGIN}/`) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
});

test('a damaged, oversized or unknown-module link shows why and stores nothing', async ({ page }) => {
  const unknown = Buffer.from(JSON.stringify({ v: 1, title: 'x', cohort: '', feedback: 'immediate', modules: [{ id: 'no-such-module', required: true }] })).toString('base64url');
  const cases: [string, RegExp][] = [
    ['%%%not-base64', /damaged/],
    ['A'.repeat(5000), /too long/],
    [unknown, /no-such-module/],
    [Buffer.from('{"v":3}').toString('base64url'), /newer version/],
  ];
  for (const [payload, message] of cases) {
    await page.goto(`/#/assignment/${payload}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This assignment link cannot be used' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Nothing was saved.');
    await expect(page.getByRole('button', { name: 'Add to My assignments' })).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Modules', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My assignments' })).toHaveCount(0);
});
