/**
 * Every screen runs under the production Content-Security-Policy, Trusted Types enforced, without
 * a single violation report or console error (a blocked sink logs both): the service worker's
 * registration and precache, a whole session with its debrief, progress and a stored debrief,
 * settings, teaching, the authoring screen compiling and previewing a script in the browser, the
 * instructor's QR code and handout, and a backup downloaded and restored on another device. That the policy is
 * delivered and really enforced is security.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { compileScript } from '../../src/script/compile';
import { parseVocabulary } from '../../src/script/vocabulary';
import { contentHash, nodeMarkdown } from '../../src/tools/load-content';
import { startModule, step } from './support/player';
import { plansToEndings, script, type PlanStep } from './support/plans';
import { ORIGIN, recordConsoleErrors, recordCspViolations, type Win } from './support/security-probes';

const firstPlan = (id: string): PlanStep[] => [...plansToEndings(script(id)).values()][0]!;

async function visit(page: Page, link: string, heading: string) {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Record violations and console errors from the first navigation on; `clean()` asserts none. */
async function watch(page: Page) {
  const violations = await recordCspViolations(page);
  const errors = recordConsoleErrors(page);
  return {
    async clean() {
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    },
  };
}

test('the service worker, a whole session, its debrief, progress, settings and teaching: no violation, no console error', async ({ page }) => {
  const watcher = await watch(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
  // Registered with a TrustedScriptURL, controlling the page, and its precache filled.
  const sw = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    return navigator.serviceWorker.controller!.scriptURL;
  });
  expect(sw).toBe(`${ORIGIN}/sw.js`);
  await page.waitForFunction(async () => (await caches.keys()).some((k) => k.includes('precache')));
  await startModule(page, 'first-group');
  for (const s of firstPlan('first-group')) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await visit(page, 'Progress', 'Your progress');
  // The stored attempt's own debrief page too.
  await page.getByRole('link', { name: /open the debrief/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await visit(page, 'Settings', 'Settings');
  await visit(page, 'Teaching', 'Teaching with Balint Rehearsal');
  await visit(page, 'Modules', 'Rehearse a Balint group');
  expect(await page.evaluate(() => (window as unknown as Win).__cspViolations)).toEqual([]);
  await watcher.clean();
});

test('the case library imports a case file, plays it to its debrief and saves a reflection: no violation, no console error', async ({ page }) => {
  const source = readFileSync('tests/fixtures/branching.md', 'utf8').replace(/^id: .*$/m, 'id: csp-own-case');
  const vocabulary = parseVocabulary(readFileSync('content/vocabulary.yaml', 'utf8'), 'content/vocabulary.yaml').vocabulary;
  const own = compileScript(source, 'csp-own-case.md', { vocabulary, markdown: nodeMarkdown(), hash: contentHash(source) }).script!;
  const watcher = await watch(page);
  await page.goto('/');
  await visit(page, 'Case library', 'Case library');
  await page.getByLabel('Case files (.md)').setInputFiles({ name: 'csp-own-case.md', mimeType: 'text/markdown', buffer: Buffer.from(source) });
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible();
  await page.getByRole('link', { name: `Play ${own.title}` }).click();
  await expect(page.getByText('not reviewed by Balint Rehearsal')).toBeVisible();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  for (const s of [...plansToEndings(own).values()][0]!) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your reflection on this session' }).fill('Noticed my own impatience.');
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reflection saved on this device.' })).toBeVisible();
  await watcher.clean();
});

test('the authoring screen compiles and previews a script in the browser: no violation, no console error', async ({ page }) => {
  const example = /````markdown\n([\s\S]*?)````/.exec(readFileSync('content/README.md', 'utf8'))![1]!;
  const watcher = await watch(page);
  await page.goto('/#/author');
  await expect(page.getByRole('heading', { level: 1, name: 'Try a script of your own' })).toBeVisible();
  await page.getByLabel('Script file (.md)').setInputFiles({ name: 'example.md', mimeType: 'text/markdown', buffer: Buffer.from(example) });
  await expect(page.getByRole('heading', { name: 'No problems found' })).toBeVisible();
  await page.getByRole('button', { name: 'Play this script' }).click();
  // Text that DOMPurify sanitised in this page, through its own policy, is on screen.
  await expect(page.getByRole('list', { name: 'Transcript' })).toContainText('Who has a case?');
  await page.getByRole('group', { name: 'Your response' }).getByRole('button', { name: /^Wait/ }).click();
  await expect(page.getByRole('heading', { name: 'Feedback on your response' })).toBeVisible();
  await watcher.clean();
});

test('the instructor view draws the QR code and handout: no violation, no console error', async ({ page }) => {
  const watcher = await watch(page);
  await page.goto('/#/instructor');
  await expect(page.getByRole('heading', { level: 1, name: 'Assign modules and collect results' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('Week 1');
  await page.getByRole('checkbox', { name: /^Your first Balint group \(/ }).check();
  await page.getByRole('button', { name: /^Add the ticked modules/ }).click();
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the assignment link', exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Week 1' }).getByRole('img', { name: /^QR code of the assignment link/ })).toBeVisible();
  await watcher.clean();
});

test('settings: a backup downloaded, then restored on another device: no violation, no console error', async ({ page, browser }) => {
  const watcher = await watch(page);
  await startModule(page, 'first-group');
  await step(page, firstPlan('first-group')[0]!);
  await page.goto('/#/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const backup = readFileSync((await (await downloading).path())!);
  await watcher.clean();

  const other = await browser.newPage({ baseURL: ORIGIN }); // a fresh context: empty storage
  const otherWatcher = await watch(other);
  await other.goto('/#/settings');
  await other.getByLabel('Restore from a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(other.getByRole('status').filter({ hasText: /^Restored 1 attempt/ })).toBeVisible();
  await other.goto('/#/progress');
  await expect(other.getByRole('main')).toContainText(script('first-group').title);
  await otherWatcher.clean();
  await other.context().close();
});
