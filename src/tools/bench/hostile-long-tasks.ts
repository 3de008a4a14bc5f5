/**
 * Hostile inputs in the production build: the longest task on the page's main thread while the app
 * takes an input at its documented limits, which the e2e tests (tests/e2e/hostile-*.spec.ts) no
 * longer time. They prove the order of events instead: the compile runs in a worker, and the page
 * answers a keypress before the check's result. How long the page's own share of the work takes
 * (the paste into the editor, the sanitising of every piece of text a few per task, storage) is
 * measured here, against the 200 ms budget (hostile-bench.ts prints and flags it).
 *
 * Each run is a fresh profile (fresh-profile.ts), in which one small case file is imported first,
 * so the compiler's chunks and its worker are loaded as on a second check; then, with long tasks
 * watched (a PerformanceObserver of `longtask` entries, as the e2e probes used to): the input
 * pasted into the authoring screen's editor (until the draft is kept or said too large), checked
 * (until the outcome's heading), and picked in the Case library (until its outcome). Each phase
 * ends with 300 ms of quiet so the last tasks are reported.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { aliasedAnchor, atTheLimits, decisionChain, denseText, sceneChain } from '../../../tests/unit/security/hostile-scripts';
import { pasteInAuthoring } from '../../../tests/e2e/support/security-probes';
import { inFreshProfile, type RunTarget } from './fresh-profile';
import { summarise, type Summary } from './stats';

/** Longest main-thread task (ms) per run, for one input and each thing the page did with it. */
export interface HostileLongTasks {
  input: string;
  bytes: number;
  runs: number;
  /** Pasted into the authoring screen's editor, until the draft is kept. */
  pasteMs: Summary;
  /** "Check the script" pressed, until the outcome's heading. */
  checkMs: Summary;
  /** Picked in the Case library, until the file's outcome. */
  libraryMs: Summary;
}

/** The inputs, with the heading the authoring screen's check must end on. */
const INPUTS: [name: string, make: () => string, outcome: 'No problems found' | '1 problem to fix'][] = [
  ['490 KB at the scene, choice and line limits', atTheLimits, 'No problems found'],
  ['dense emphasis: 20 lines × 499 emphases', () => denseText(), 'No problems found'],
  ['25 decisions: past the explorer\'s budget', () => decisionChain(25), '1 problem to fix'],
  ['11,500-scene chain', () => sceneChain(11_500), '1 problem to fix'],
  ['400 KB anchor aliased 99 times', () => aliasedAnchor(400, 99), '1 problem to fix'],
];

/** In-page source: watch long tasks from now on (kept as strings: see in-page.ts). */
const WATCH = `(() => {
  const w = window;
  if (w.__longObserver) w.__longObserver.disconnect(); // a hash navigation keeps the document, and its observer
  w.__long = [];
  w.__longObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(Math.round(e.duration)); });
  w.__longObserver.observe({ type: 'longtask' });
})()`;
const LONGEST = 'Math.max(0, ...window.__long)';

/** Watch long tasks during `act`, then 300 ms of quiet; the longest, in ms. */
async function longestDuring(page: Page, act: () => Promise<unknown>): Promise<number> {
  await page.evaluate(WATCH);
  await act();
  await page.waitForTimeout(300);
  return page.evaluate<number>(LONGEST);
}

const outcomeHeading = (page: Page) => page.getByRole('status').getByRole('heading', { name: /problems? to fix|No problems found/ });

/** Pick `file` in the Case library and wait for its outcome (added, or not imported). */
async function pick(page: Page, file: string) {
  const name = basename(file).replace(/\./g, '\\.');
  await page.getByLabel('Case files (.md)').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: new RegExp(`“${name}” was not imported|\\(${name}\\) was added`) }).first().waitFor({ timeout: 120_000 });
}

/** One run for one input: paste, check, library import; the longest task of each. */
async function oneRun(page: Page, dir: string, name: string, source: string, outcome: string): Promise<[number, number, number]> {
  // A small case file first, so the compiler and its worker are loaded before anything is watched.
  await page.goto('/#/library');
  await page.getByRole('heading', { level: 1, name: 'Case library' }).waitFor();
  await pick(page, join(dir, 'small.md'));
  await page.goto('/#/author');
  await page.getByRole('textbox', { name: 'Script' }).waitFor();
  const paste = await longestDuring(page, async () => {
    await pasteInAuthoring(page, source);
    await page.getByText(/^Draft saved on this device|too large to keep as a draft/).first().waitFor({ timeout: 60_000 });
  });
  const check = await longestDuring(page, async () => {
    await page.getByRole('button', { name: 'Check the script' }).click();
    const heading = outcomeHeading(page);
    await heading.waitFor({ timeout: 120_000 });
    const shown = await heading.innerText();
    if (shown !== outcome) throw new Error(`hostile input "${name}" on the authoring screen: "${shown}", expected "${outcome}"`);
  });
  await page.goto('/#/library');
  await page.getByRole('heading', { level: 1, name: 'Case library' }).waitFor();
  const file = join(dir, 'hostile.md');
  writeFileSync(file, source);
  const library = await longestDuring(page, () => pick(page, file));
  return [paste, check, library];
}

/** Run the browser half: `runs` fresh profiles per input. */
export async function runHostileLongTasks(target: RunTarget, opts: { runs: number; log: (s: string) => void }): Promise<HostileLongTasks[]> {
  const dir = mkdtempSync(join(tmpdir(), 'balint-hostile-'));
  writeFileSync(join(dir, 'small.md'), readFileSync('tests/fixtures/branching.md'));
  const out: HostileLongTasks[] = [];
  try {
    for (const [input, make, outcome] of INPUTS) {
      const source = make();
      const runs: [number, number, number][] = [];
      for (let r = 0; r < opts.runs; r++) runs.push(await inFreshProfile(target, (page) => oneRun(page, dir, input, source, outcome)));
      const [paste, check, library] = [0, 1, 2].map((i) => summarise(runs.map((x) => x[i]!)));
      out.push({ input, bytes: Buffer.byteLength(source), runs: opts.runs, pasteMs: paste!, checkMs: check!, libraryMs: library! });
      opts.log(`hostile: ${input} in the browser: longest task ${Math.max(paste!.max, check!.max, library!.max)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
