/**
 * `npm run screenshots`: builds the app into a temporary folder, serves it with `vite preview`,
 * and captures the main screens in Chromium as a new learner meets them, at 1280×800 and 390×844,
 * into `public/screenshots/` (linked from the README; two listed in the web manifest; left out of
 * the service worker's precache). Light mode for every screen, dark mode too where colour carries
 * meaning (home, a session, a debrief). Files: `<screen>-<desktop|mobile>-<light|dark>.png`.
 *
 * Options: `--port <n>` (default 4180) for the preview server.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildApp, launchOptions, startPreview } from './bench/server';
import { screenState } from '../../tests/e2e/support/player';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const outDir = join(root, 'public', 'screenshots');
/** The module the session, debrief and intro shots show. */
const MODULE = 'first-group';
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;
type Scheme = 'light' | 'dark';
/** Screens whose dark mode is worth a picture of its own. */
const DARK = new Set(['home', 'session', 'debrief']);

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4180;

/** Continue, or take the first response offered; wait until the screen has moved on. */
async function step(page: Page): Promise<void> {
  const next = page.getByRole('button', { name: 'Continue', exact: true });
  const choice = page.getByRole('group', { name: 'Your response' }).getByRole('button').first();
  await next.or(choice).first().waitFor();
  const before = await screenState(page);
  await ((await next.count()) ? next : choice).click();
  for (let i = 0; i < 200 && (await screenState(page)) === before; i++) await page.waitForTimeout(50);
}

/** Capture one screen, named `<screen>-<viewport>-<scheme>.png`. */
async function shot(page: Page, screen: string, viewport: string, scheme: Scheme): Promise<void> {
  if (scheme === 'dark' && !DARK.has(screen)) return;
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir, `${screen}-${viewport}-${scheme}.png`) });
  console.log(`  ${screen}-${viewport}-${scheme}.png`);
}

/** Walk one fresh profile through the screens at one size and colour scheme. */
async function capture(browser: Browser, base: string, viewport: keyof typeof VIEWPORTS, scheme: Scheme): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], colorScheme: scheme, reducedMotion: 'reduce', deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' }).waitFor();
    await shot(page, 'home', viewport, scheme);

    await page.goto(`${base}/#/module/${MODULE}`);
    await page.getByRole('button', { name: 'Begin', exact: true }).waitFor();
    await shot(page, 'intro', viewport, scheme);

    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    const feedback = page.getByRole('region', { name: 'Feedback on your response' });
    while (!(await feedback.count())) await step(page);
    // The feedback a third of the way down, under the last lines it comments on.
    await feedback.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3));
    await shot(page, 'session', viewport, scheme);

    const debrief = page.getByRole('heading', { level: 2, name: 'Debrief' });
    while (!(await debrief.count())) await step(page);
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await shot(page, 'debrief', viewport, scheme);

    for (const [screen, path, heading] of [
      ['progress', '#/progress', 'Your progress'],
      ['instructor', '#/instructor', 'Assign modules and collect results'],
      ['authoring', '#/author', 'Try a script of your own'],
    ] as const) {
      if (scheme === 'dark' && !DARK.has(screen)) continue;
      await page.goto(`${base}/${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await shot(page, screen, viewport, scheme);
    }
  } finally {
    await context.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'balint-screenshots-'));
const log = (s: string) => console.log(s);
let preview: Awaited<ReturnType<typeof startPreview>> | undefined;
let browser: Browser | undefined;
try {
  buildApp(root, work, log);
  preview = await startPreview(root, port, work);
  browser = await chromium.launch(launchOptions());
  mkdirSync(outDir, { recursive: true });
  console.log(`writing ${outDir}`);
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])
    for (const scheme of ['light', 'dark'] as const) await capture(browser, preview.url, viewport, scheme);
} finally {
  await browser?.close();
  await preview?.stop();
  rmSync(work, { recursive: true, force: true });
}
