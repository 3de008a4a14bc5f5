/**
 * The authoring screen as a hosted author meets it (issue 14, item 6), in the production build
 * under its CSP: an empty editor that says what goes in it, the example one button away, the
 * format guide inside the app, an editor with line numbers whose problems show inline and in a
 * list that moves the cursor, the draft kept and a warning before it is lost, and the keyboard
 * way out of the editor. Driven by roles and names; the inline marks (drawn by CodeMirror, not
 * announced) by their class.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/player';
import { recordConsoleErrors, recordCspViolations } from './support/security-probes';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Script' });
const DRAFT_KEPT = /^Draft saved on this device/;

/** Open the authoring screen and wait for its editor. */
async function openAuthoring(page: Page) {
  await page.goto('/#/author');
  await expect(page.getByRole('heading', { level: 1, name: 'Try a script of your own' })).toBeVisible();
  await expect(editor(page)).toBeVisible();
}

/** Scroll the editor with the mouse wheel until it shows the line `text` (it draws only the lines in view). */
async function scrollTo(page: Page, text: string) {
  const line = editor(page).getByText(text, { exact: true });
  await editor(page).hover();
  for (let i = 0; i < 40 && !(await line.count()); i++) await page.mouse.wheel(0, 300);
  return line;
}

/** Put the cursor at the start of the line of the editor that shows `text`. */
async function cursorTo(page: Page, text: string) {
  await (await scrollTo(page, text)).click();
  await page.keyboard.press('Home');
}

test('start from the example, no problems; one typo gives one error inline and in the list, which moves the cursor to its line', async ({ page }) => {
  const violations = await recordCspViolations(page);
  const errors = recordConsoleErrors(page);
  await openAuthoring(page);
  await expect(page.getByText('Write a session script here')).toBeVisible();
  await page.getByRole('button', { name: 'Start from the example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'No problems found' })).toBeVisible();
  await expect(editor(page)).toContainText('id: example-the-late-patient');
  // The button pressed is gone: focus is in the text, not lost on the page.
  await expect(editor(page)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: DRAFT_KEPT })).toBeVisible();
  // The check's figures use the group clock as the session shows it ("minute 19 of 45").
  await expect(page.getByText(/(every path ends at minute \d+|paths end between minute \d+ and \d+) of the group’s 45\./)).toBeVisible();
  // Line numbers and colouring.
  await scrollTo(page, '### Scene: questions');
  await expect(page.locator('.cm-lineNumbers .cm-gutterElement').filter({ hasText: /^90$/ })).toBeVisible();
  await expect(editor(page).locator('span', { hasText: '### Scene: questions' }).first()).toHaveCSS('font-weight', '700');

  await cursorTo(page, '### Scene: questions');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Delete'); // "### Scne: questions"
  await expect(editor(page)).toContainText('### Scne: questions');
  await page.getByRole('button', { name: 'Check the script' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '1 problem to fix' })).toBeVisible();
  const problems = page.getByRole('list', { name: 'Problems in the script' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);

  await editor(page).focus();
  await page.keyboard.press('ControlOrMeta+Home'); // move away, then let the list bring the cursor back
  await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('1');
  await problems.getByRole('button', { name: /^Line 90: expected "### Scene: <scene-id>"/ }).click();
  await expect(editor(page)).toBeFocused();
  await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('90');

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('the format guide opens inside the app, with every part and the ids a script may use, and links nowhere', async ({ page }) => {
  await openAuthoring(page);
  await page.getByRole('button', { name: 'Show the format guide' }).click();
  const guide = page.locator('details.guide');
  await expect(guide.getByRole('heading', { level: 2, name: 'The parts of a script' })).toBeVisible();
  await expect(guide.getByRole('heading', { level: 3, name: 'Choice fields' })).toBeVisible();
  await expect(guide.getByRole('table').first()).toContainText('### Scene: <scene-id>');
  await expect(guide.getByRole('heading', { level: 3, name: /Ending kinds/ })).toBeVisible();
  await expect(guide).toContainText('left-with-a-question');
  await expect(guide.getByRole('link')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('Escape, then Tab, leaves the editor; Tab alone indents', async ({ page }) => {
  await openAuthoring(page);
  await expect(page.getByText('To move on with the keyboard, press Escape, then Tab.').filter({ visible: true })).toBeVisible();
  await editor(page).focus();
  await page.keyboard.type('cast:');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check the script' })).toBeFocused();
});

test('the draft is kept when the author leaves the screen, and "Leave the preview" goes back to it without promising a kept place', async ({ page }) => {
  await openAuthoring(page);
  await page.getByRole('button', { name: 'Start from the example' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'No problems found' })).toBeVisible();
  await cursorTo(page, 'title: The patient who is always late');
  await page.keyboard.press('End');
  await page.keyboard.type(', my version');
  await expect(page.getByRole('status').filter({ hasText: DRAFT_KEPT })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Teaching' }).click();
  await page.getByRole('link', { name: 'Try a script of your own' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your draft is back in the editor' })).toBeVisible();
  await expect(editor(page)).toContainText('title: The patient who is always late, my version');

  await page.getByRole('button', { name: 'Check the script' }).click();
  await page.getByRole('button', { name: 'Play this script' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // A preview's place is not kept, and its leave control does not promise it: it goes back to the script.
  await expect(page.getByText('your place in this preview is not saved')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Leave (your place is kept)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('Start the preview over from the beginning?')).toBeVisible();
  await expect(page.getByText(/stays in Progress/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Keep going' }).click();
  await page.getByRole('button', { name: 'Leave the preview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Try a script of your own' })).toBeFocused();
  await expect(editor(page)).toContainText('title: The patient who is always late, my version');
  await page.getByRole('navigation').getByRole('link', { name: 'Teaching' }).click();
  await page.getByRole('link', { name: 'Try a script of your own' }).click();
  await expect(editor(page)).toContainText('title: The patient who is always late, my version');
});

test('closing the page before the latest change is saved asks first', async ({ page }) => {
  // The draft is saved a moment after the last change. A paused clock keeps that change pending
  // however slowly a busy machine types, so the page is closed with it unsaved.
  await page.clock.install();
  await openAuthoring(page);
  await editor(page).focus();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.type('---');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  // Staying keeps the page and the change; the test then closes it itself, without asking, so the
  // context's teardown never races a page that is still deciding whether to unload.
  await expect(editor(page)).toContainText('---');
  await page.close();
});

test('a reload finds the draft, with when it was saved', async ({ page }) => {
  await openAuthoring(page);
  await expect(page.getByText('Your draft is saved on this device as you type (nothing is uploaded) and is included in backups')).toBeVisible();
  await page.getByRole('button', { name: 'Start from the example' }).click();
  await expect(page.getByRole('status').filter({ hasText: DRAFT_KEPT })).toBeVisible();
  await page.reload();
  await expect(editor(page)).toContainText('id: example-the-late-patient');
  await expect(page.getByRole('status').filter({ hasText: /^Your draft is back in the editor, as last saved on this device \(.+\d\d:\d\d\)\.$/ })).toBeVisible();
});

test('discarding the draft empties the editor and a reload finds nothing', async ({ page }) => {
  await openAuthoring(page);
  await page.getByRole('button', { name: 'Start from the example' }).click();
  await expect(page.getByRole('status').filter({ hasText: DRAFT_KEPT })).toBeVisible();
  await page.getByRole('button', { name: 'Discard the draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The draft is discarded and no longer kept on this device.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start from the example' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start from the example' })).toBeVisible();
  await expect(editor(page)).not.toContainText('example-the-late-patient');
  await expectNoAxeViolations(page);
});
