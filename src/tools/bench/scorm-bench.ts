/**
 * "Build SCORM package" in the instructor view, in the production build: press → download, and
 * the zip's size, for one module and for every built-in module.
 *
 * Each run is a fresh profile on #/instructor: the modules are added in step 1 by role and name
 * (ticked in "Modules to add", then "Add the ticked modules") as the e2e test does, then the button is pressed. Two
 * times are kept: in the page's clock from the press to the click on the download link the app
 * creates (the moment the browser starts saving; the figure in the table), and in Node from just
 * before the press to Playwright's `download` event (adds the round trips; kept as a check). The
 * build fetches the app's own files; with service workers blocked and an empty HTTP cache they
 * come from `vite preview` on localhost, so this is a first build without the precache (over a
 * real network it would be slower, from the precache faster). Runs are few because each builds a
 * whole package; the median is the figure.
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import { inFreshProfile, type RunTarget } from './fresh-profile';
import { round, summarise, type Summary } from './stats';
import { arm, outcome } from './ui-probe';

/** One package size's figures. */
export interface ScormBuild {
  modules: number;
  runs: number;
  /** Press → the download link's click, in the page. */
  pressToDownloadMs: Summary;
  /** Just before the press → Playwright's download event, in Node. */
  pressToDownloadEventMs: Summary;
  /** Zip size in bytes (the same every run; checked). */
  zipBytes: number;
  /** Files in the zip, as the status reports them. */
  files: number;
}

/** Everything measured for SCORM packages. */
export interface ScormResults { builds: ScormBuild[] }

async function chooseModules(page: Page, ids: readonly string[]) {
  await page.goto('/#/instructor');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Ticked by value: the bench has ids, not titles (the e2e test ticks by name).
  for (const id of ids) await page.locator(`input[type="checkbox"][value="${id}"]`).check();
  await page.getByRole('button', { name: /^Add the ticked modules/ }).click();
  const listed = page.getByRole('list', { name: 'Modules in the package' }).getByRole('listitem');
  await listed.nth(ids.length - 1).waitFor();
  if ((await listed.count()) !== ids.length) throw new Error(`SCORM: ${await listed.count()} modules listed, expected ${ids.length}`);
  await page.waitForLoadState('networkidle');
}

/** One build; the times and the zip. */
async function buildOnce(page: Page, modules: number) {
  await arm(page, { event: 'click', selector: '[role="status"]', pattern: '^SCORM 1\\.2 package ready: ', download: true });
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  const started = performance.now();
  await page.getByRole('button', { name: 'Build SCORM package' }).click();
  const download = await downloading;
  const eventMs = performance.now() - started;
  const t = await outcome(page, `SCORM package of ${modules} modules`, 120_000);
  const path = await download.path();
  const files = Number(/, (\d+) files?, /.exec(t.text)?.[1] ?? NaN);
  if (!t.text.includes(`${modules} module${modules === 1 ? '' : 's'})`)) throw new Error(`SCORM: unexpected status "${t.text}"`);
  return { pageMs: t.tDownload - t.tEvent, eventMs, bytes: statSync(path).size, files };
}

/** Run the SCORM benchmark for each package (a list of module ids). */
export async function runScormBench(packages: readonly (readonly string[])[], opts: RunTarget & { runs: number; log: (s: string) => void }): Promise<ScormResults> {
  const builds: ScormBuild[] = [];
  for (const ids of packages) {
    const page: number[] = [];
    const event: number[] = [];
    const sizes = new Set<number>();
    let files = 0;
    for (let r = 0; r < opts.runs; r++) {
      const b = await inFreshProfile(opts, async (p) => {
        await chooseModules(p, ids);
        return buildOnce(p, ids.length);
      });
      page.push(round(b.pageMs));
      event.push(round(b.eventMs));
      sizes.add(b.bytes);
      files = b.files;
    }
    // The zip holds the build's files with fixed dates, so every run must give the same bytes.
    if (sizes.size !== 1) opts.log(`SCORM: ${ids.length} modules gave different zip sizes across runs: ${[...sizes].join(', ')}`);
    builds.push({ modules: ids.length, runs: opts.runs, pressToDownloadMs: summarise(page), pressToDownloadEventMs: summarise(event), zipBytes: Math.max(...sizes), files });
    opts.log(`SCORM: ${ids.length} module${ids.length === 1 ? '' : 's'} built ${opts.runs} times`);
  }
  return { builds };
}
