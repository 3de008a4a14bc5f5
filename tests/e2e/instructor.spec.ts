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
  const picker = page.getByRole('group', { name: 'Modules to add' });
  // One at a time, so the assignment's order is first, second (ticked together, they go in catalogue order).
  for (const s of [first, second]) {
    await picker.getByRole('checkbox', { name: `${s.title} (` }).check();
    await picker.getByRole('button', { name: 'Add the ticked modules (1)' }).click();
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

test('"Assign modules" is in the main navigation on every screen, by keyboard, marked as the current page', async ({ page }) => {
  for (const at of ['/#/', '/#/progress', '/#/teaching', '/#/settings', `/#/module/${first.id}`]) {
    await page.goto(at);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assign modules' })).toBeVisible();
  }
  await page.goto('/#/');
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assign modules' });
  // Focus starts on the page's heading (after navigation): the main navigation is just before it.
  for (let i = 0; i < 20 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Assign modules and collect results' })).toBeVisible();
  await expect(link).toHaveAttribute('aria-current', 'page');
});

test('modules are ticked from a filtered list, added together and put in order by buttons', async ({ page }) => {
  await page.goto('/#/instructor');
  const picker = page.getByRole('group', { name: 'Modules to add' });
  await picker.getByRole('combobox', { name: 'Track' }).selectOption({ label: 'Leader track' });
  const leaders = scripts().filter((s) => s.track === 'leader');
  await expect(picker.getByRole('status')).toHaveText(`${leaders.length} modules match the filters.`);
  await expect(picker.getByRole('checkbox')).toHaveCount(leaders.length);
  const [a, b] = leaders as [(typeof leaders)[0], (typeof leaders)[0]];
  await picker.getByRole('checkbox', { name: `${a.title} (` }).check();
  await picker.getByRole('checkbox', { name: `${b.title} (` }).check();
  await picker.getByRole('button', { name: 'Add the ticked modules (2)' }).click();
  const chosen = page.getByRole('list', { name: 'Assigned modules' }).getByRole('listitem');
  await expect(chosen).toHaveCount(2);
  await expect(picker.getByRole('checkbox', { name: `${a.title} (` })).toHaveCount(0);
  await page.getByRole('button', { name: `Move up: ${b.title}` }).click();
  await expect(chosen.first()).toContainText(b.title);
  await expect(page.getByRole('button', { name: `Move down: ${b.title}` })).toBeFocused();
  await expectNoAxeViolations(page);
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
  // The debrief of an assigned module leads back to the assignment (the other module is optional: no next one).
  const ways = page.getByRole('region', { name: 'Your assignment' });
  await expect(ways).toContainText('Every required module of this assignment is done.');
  await expect(ways.getByRole('link', { name: /^Next module/ })).toHaveCount(0);
  await ways.getByRole('link', { name: 'Back to the assignment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
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
  await expect(page.getByRole('listitem').filter({ hasText: 'again.json: Duplicate' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table (CSV)' }).click()]);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.split('\r\n')[0]).toMatch(/^\uFEFF?Learner,All required completed,/);
  expect(csvText).toContain(`${LEARNER},yes,1 of 1,Completed,`);
  // The CSV's minutes are the table's.
  const minutes = Number(/(\d+) min/.exec((await row.getByRole('cell').nth(-2).textContent()) ?? '')![1]);
  expect(csvText.split('\r\n')[1]).toContain(`,${minutes},`);

  // The receipts are kept: after a reload the cohort is still there, until the instructor removes them all.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Cohort table' }).getByRole('row').filter({ hasText: LEARNER })).toContainText('Completed');
  const kept = page.getByRole('region', { name: /^Receipts kept in this browser/ });
  await expect(kept.getByRole('button', { name: /^Remove .*\.json$/ })).toHaveCount(2);
  // Removing one (the duplicate) asks first too: Escape keeps it, with focus back on its button; "Yes" removes it.
  const removeDuplicate = kept.getByRole('button', { name: 'Remove again.json' });
  await removeDuplicate.click();
  await expect(kept.getByRole('group', { name: `Remove again.json (${LEARNER}) from this browser? The file itself, wherever you saved it, is not touched.` })).toBeVisible();
  await expect(kept.getByRole('button', { name: 'Yes, remove it' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(removeDuplicate).toBeFocused();
  await expect(kept.getByRole('button', { name: /^Remove .*\.json$/ })).toHaveCount(2);
  await removeDuplicate.click();
  await kept.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(kept.getByRole('button', { name: /^Remove .*\.json$/ })).toHaveCount(1);
  await expect(kept.getByRole('button', { name: 'Remove receipt.json' })).toBeFocused();
  await kept.getByRole('button', { name: 'Remove all' }).click();
  await expect(kept.getByRole('button', { name: 'Yes, remove all' })).toBeFocused();
  await expect(kept).toContainText('Remove the imported receipt from this browser?');
  await expectNoAxeViolations(page);
  await kept.getByRole('button', { name: 'Yes, remove all' }).click();
  await expect(page.getByRole('region', { name: 'Cohort table' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Cohort table' })).toHaveCount(0);
  expect(violations).toEqual([]);
  expect(urls.filter((u) => !u.startsWith(`${ORIGIN}/`) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
});

test('a damaged, oversized or unknown-module link shows why and stores nothing', async ({ page }) => {
  const unknown = Buffer.from(JSON.stringify({ v: 1, title: 'x', cohort: '', feedback: 'immediate', modules: [{ id: 'no-such-module', required: true }] })).toString('base64url');
  const cases: [string, RegExp][] = [
    ['%%%not-base64', /damaged/],
    ['A'.repeat(5000), /too long/],
    [unknown, /^(?!.*no-such-module).*names a module this app does not have/],
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
