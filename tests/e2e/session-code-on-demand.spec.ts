/**
 * What a session does not load: the debrief's code (the player fetches it as the session nears an
 * ending, so the debrief shows at the end even if nothing more can be fetched then; when it does not
 * arrive, the attempt's debrief opens at its own address, which says so, with the ways out every
 * screen has, when its code does not arrive either), and, outside any assignment, the assignment
 * code (link decoding and its decompression).
 */
import { expect, test, type Page } from '@playwright/test';
import { plansToEndings, script } from './support/plans';
import { startModule, step } from './support/player';

// The service worker would answer from its cache, past the test's routes.
test.use({ serviceWorkers: 'block' });

const DEBRIEF_CHUNK = /\/assets\/DebriefView-[\w-]+\.js$/;
const ASSIGNMENT_CHUNK = /\/assets\/assignment-link-[\w-]+\.js$/;
const plan = [...plansToEndings(script('first-group')).values()][0]!;

/** Scripts requested from now on, and how many are still in flight. */
function watchScripts(page: Page) {
  const seen: string[] = [];
  let inFlight = 0;
  const isScript = (url: string) => new URL(url).pathname.endsWith('.js');
  page.on('request', (r) => {
    if (!isScript(r.url())) return;
    seen.push(new URL(r.url()).pathname);
    inFlight++;
  });
  const done = (r: { url(): string }) => isScript(r.url()) && inFlight--;
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { seen, idle: () => expect.poll(() => inFlight).toBe(0) };
}

test('a session opens without the debrief’s code', async ({ page }) => {
  const scripts = watchScripts(page);
  await startModule(page, 'first-group');
  await scripts.idle();
  expect(scripts.seen.some((p) => p.includes('/SessionView-'))).toBe(true);
  expect(scripts.seen.filter((p) => DEBRIEF_CHUNK.test(p))).toEqual([]);
});

test('a session outside any assignment, and its debrief, load no assignment code', async ({ page }) => {
  const scripts = watchScripts(page);
  await startModule(page, 'first-group');
  for (const s of plan) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await scripts.idle();
  expect(scripts.seen.some((p) => DEBRIEF_CHUNK.test(p))).toBe(true);
  expect(scripts.seen.filter((p) => ASSIGNMENT_CHUNK.test(p))).toEqual([]);
});

test('the debrief’s code is fetched before the last step, so the debrief shows even if nothing can be fetched then', async ({ page }) => {
  const scripts = watchScripts(page);
  await startModule(page, 'first-group');
  for (const s of plan.slice(0, -1)) await step(page, s);
  await expect.poll(() => scripts.seen.some((p) => DEBRIEF_CHUNK.test(p))).toBe(true);
  await scripts.idle();
  await page.route(/\.js$/, (route) => route.abort());
  await step(page, plan.at(-1)!);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await expect(page).toHaveURL(/#\/module\/first-group$/);
});

test('when the debrief’s code does not arrive, the attempt’s debrief opens at its own address', async ({ page }) => {
  await page.route(DEBRIEF_CHUNK, (route) => route.abort());
  await startModule(page, 'first-group');
  for (const s of plan) await step(page, s);
  await expect(page).toHaveURL(/#\/debrief\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Play this module again' })).toBeVisible();
});

test('a debrief whose code does not arrive at either address says so, with the same ways out', async ({ page }) => {
  await page.route(/\/assets\/(Attempt)?DebriefView-[\w-]+\.js$/, (route) => route.abort());
  await startModule(page, 'first-group');
  for (const s of plan) await step(page, s);
  const heading = page.getByRole('heading', { level: 1, name: 'This screen could not be loaded' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/#\/debrief\/[\w-]+$/);
  await page.getByRole('link', { name: 'Back to modules' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
});
