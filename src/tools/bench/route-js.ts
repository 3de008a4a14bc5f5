/**
 * JavaScript weight per route: what the browser actually fetches, not what the bundler emitted.
 * Each route opens in a fresh browser context (empty HTTP cache, service workers blocked so the
 * precache cannot fetch every chunk), every response whose request is of type `script` is kept, and
 * its body is gzipped here at level 9, so the figures do not depend on how the preview server
 * compresses. The session route counts what loads up to the first transcript after Begin; the
 * library and instructor routes are measured as opened and again after their lazily loaded feature
 * was used once (the case-file compiler on an import, the zip code on a SCORM build), so both the
 * first load and the feature's cost show. The total of every `.js` file in `dist/` (app chunks and
 * the service worker separately) is the ceiling.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

/** One JavaScript file with its raw and gzip sizes. */
export interface JsFile { path: string; bytes: number; gzip: number }

/** The JavaScript one route loaded (`error` when the route did not get ready: the other routes are still measured). */
export interface RouteJs { route: string; url: string; files: JsFile[]; bytes: number; gzip: number; error?: string }

/** Every `.js` file in dist. */
export interface DistJs { files: number; bytes: number; gzip: number; appGzip: number; serviceWorkerGzip: number }

const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** The routes measured, and how to tell each is ready. */
const ROUTES: { route: string; url: string; ready: (page: Page) => Promise<void> }[] = [
  { route: 'home', url: '/', ready: (p) => p.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' }).waitFor() },
  {
    route: 'session (first-group, after Begin)',
    url: '/#/module/first-group',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Begin', exact: true }).click();
      await p.getByRole('list', { name: 'Transcript' }).waitFor();
    },
  },
  { route: 'progress', url: '/#/progress', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  { route: 'settings', url: '/#/settings', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  { route: 'library', url: '/#/library', ready: (p) => p.getByRole('heading', { level: 1, name: 'Case library' }).waitFor() },
  {
    route: 'library (after importing branching.md)',
    url: '/#/library',
    ready: async (p) => {
      await p.getByText('There are no case files on this device yet.').waitFor();
      await p.getByLabel('Case files (.md)').setInputFiles({ name: 'branching.md', mimeType: 'text/markdown', buffer: readFileSync('tests/fixtures/branching.md') });
      await p.getByRole('status').filter({ hasText: 'was added to your case library.' }).waitFor();
    },
  },
  { route: 'instructor', url: '/#/instructor', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  {
    route: 'instructor (after building a 1-module SCORM package)',
    url: '/#/instructor',
    ready: async (p) => {
      await p.getByRole('checkbox', { name: /^Your first Balint group \(/ }).check();
      await p.getByRole('button', { name: /^Add the ticked modules/ }).click();
      await p.getByRole('button', { name: 'Build SCORM package' }).click();
      await p.getByRole('status').filter({ hasText: /^SCORM 1\.2 package ready: / }).waitFor({ timeout: 60_000 });
    },
  },
];

/** Measure the JavaScript each route loads. */
export async function measureRoutes(browser: Browser, baseURL: string): Promise<RouteJs[]> {
  const out: RouteJs[] = [];
  for (const r of ROUTES) {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block', reducedMotion: 'reduce' });
    try {
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const bodies: Promise<JsFile | null>[] = [];
      page.on('response', (res) => {
        if (res.request().resourceType() !== 'script') return;
        const path = new URL(res.url()).pathname;
        bodies.push(res.body().then((b) => ({ path, bytes: b.length, gzip: gzip(b) }), () => null));
      });
      await page.goto(r.url);
      await r.ready(page);
      await page.waitForLoadState('networkidle');
      const files = (await Promise.all(bodies)).filter((f): f is JsFile => !!f).sort((a, b) => b.gzip - a.gzip);
      if (!files.length) throw new Error(`route ${r.route}: no script responses recorded`);
      out.push({ route: r.route, url: r.url, files, bytes: sum(files, 'bytes'), gzip: sum(files, 'gzip') });
    } catch (e) {
      out.push({ route: r.route, url: r.url, files: [], bytes: NaN, gzip: NaN, error: (e instanceof Error ? e.message : String(e)).split('\n')[0] });
    } finally {
      await context.close().catch(() => {});
    }
  }
  return out;
}

const sum = (xs: JsFile[], k: 'bytes' | 'gzip') => xs.reduce((n, f) => n + f[k], 0);

/** Gzip every `.js` file under dist. */
export function measureDist(dist: string): DistJs {
  const files: JsFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) {
        const b = readFileSync(p);
        files.push({ path: relative(dist, p), bytes: b.length, gzip: gzip(b) });
      }
    }
  };
  walk(dist);
  if (!files.length) throw new Error(`no .js files in ${dist}; was the app built?`);
  const sw = files.filter((f) => /^(sw|workbox-[^/]*)\.js$/.test(f.path));
  return {
    files: files.length,
    bytes: sum(files, 'bytes'),
    gzip: sum(files, 'gzip'),
    appGzip: sum(files, 'gzip') - sum(sw, 'gzip'),
    serviceWorkerGzip: sum(sw, 'gzip'),
  };
}
