/**
 * `npm run bench [-- --no-build] [-- --no-compile] [-- --no-browser] [-- --no-features] [-- --no-hostile] [-- --only=hostile] [-- --out-dir=<dir>] [-- --port=<n>]`:
 * performance and size figures. `--out-dir` builds into (and serves) another folder than `dist/`
 * and `--port` serves on another port, so a run never disturbs a build or server someone else uses;
 * `--no-features` stops after the sessions and routes (no case files, SCORM or backup);
 * `--only=hostile` runs the hostile inputs part alone (hostile-bench.ts: compile times in Node of
 * the inputs at the limits and the ReDoS ratios; hostile-long-tasks.ts: the longest main-thread
 * task in the browser, unless `--no-browser`), and `--no-hostile` leaves it out.
 *
 * Two halves with nothing in common but the report: compile timing in Node (src/tools/bench/
 * compile-bench.ts, with the script generator next to it) and the production build in Chromium
 * (session steps, resume and storage in session-bench.ts, JavaScript per route in route-js.ts,
 * then the features, each in its own file and each run in fresh profiles: case-file import and
 * opening in case-file-bench.ts, the in-browser SCORM package in scorm-bench.ts, backup and
 * restore of a realistic data set in backup-bench.ts), behind `vite preview` on port 4174 so it
 * never collides with the e2e server on 4173. This file
 * only orders the work and owns the cleanup: the preview server and the browsers are stopped on
 * success, on failure, on a signal and on the overall time limit, and the JSON is written
 * (bench-results/bench.json) even when a later part fails, with `error` set and exit status 1.
 * The figures are for comparing runs. Only the hostile part holds two to budgets (a main-thread
 * task under 200 ms, a ReDoS ratio under 3): a figure over its budget is flagged in the output and
 * never fails the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { scripts } from '../../tests/e2e/support/plans';
import { runBackupBench } from './bench/backup-bench';
import { runCaseFileBench } from './bench/case-file-bench';
import { runCompileBench } from './bench/compile-bench';
import { runHostileBench } from './bench/hostile-bench';
import { runHostileLongTasks } from './bench/hostile-long-tasks';
import { machineInfo, printReport, type BenchReport } from './bench/report';
import { measureDist, measureRoutes } from './bench/route-js';
import { runScormBench } from './bench/scorm-bench';
import { buildApp, launchOptions, startPreview, type Preview } from './bench/server';
import { runSessionBench } from './bench/session-bench';

const MODULES = ['first-group', 'advice-and-interrogation'];
const TIME_LIMIT_MS = 45 * 60_000; // a busy two-core machine needs about 12 minutes

const root = process.cwd();
const args = new Set<string>();
const values = new Map<string, string>();
for (const a of process.argv.slice(2)) {
  const [name, value] = a.split(/=(.*)/s) as [string, string | undefined];
  if (['--no-build', '--no-compile', '--no-browser', '--no-features', '--no-hostile'].includes(a)) args.add(a);
  else if (['--out-dir', '--port'].includes(name) && value) values.set(name, value);
  else if (name === '--only' && value === 'hostile') values.set(name, value);
  else {
    console.error(`unknown option ${a} (options: --no-build, --no-compile, --no-browser, --no-features, --no-hostile, --only=hostile, --out-dir=<dir>, --port=<n>)`);
    process.exit(2);
  }
}
/** `--only=hostile`: the hostile inputs part and nothing else. */
const onlyHostile = values.get('--only') === 'hostile';
const outDir = values.get('--out-dir') ?? join(root, 'dist');
const PORT = Number(values.get('--port') ?? 4174);

const log = (s: string) => console.error(`[bench] ${s}`);
const report: BenchReport = { date: new Date().toISOString(), machine: machineInfo() };
let preview: Preview | undefined;
let browser: Browser | undefined;

function writeJson(): string {
  report.machine.loadAverage.end ??= Math.round(loadavg()[0]! * 100) / 100;
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bench.json');
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}

function abort(reason: string, code: number) {
  preview?.stopSync();
  report.error ??= reason;
  try {
    writeJson();
  } catch {
    // nothing more to do
  }
  console.error(`[bench] ${reason}`);
  process.exit(code);
}
process.once('SIGINT', () => abort('interrupted', 130));
process.once('SIGTERM', () => abort('terminated', 143));
process.once('exit', () => preview?.stopSync());
const watchdog = setTimeout(() => abort(`timed out after ${TIME_LIMIT_MS / 60_000} minutes`, 1), TIME_LIMIT_MS);

async function browserPart() {
  if (!args.has('--no-build')) buildApp(root, outDir, log);
  const launch = launchOptions();
  preview = await startPreview(root, PORT, outDir);
  log(`serving dist on ${preview.url}`);
  browser = await chromium.launch(launch);
  report.machine.chromium = browser.version();
  if (report.hostile) report.hostile.browser = await runHostileLongTasks({ baseURL: preview.url, launch }, { runs: 3, log });
  if (onlyHostile) return;

  report.dist = measureDist(outDir);
  report.routes = await measureRoutes(browser, preview.url);
  log(`measured JavaScript on ${report.routes.length} routes`);
  report.sessions = [];
  for (const id of MODULES) report.sessions.push(await runSessionBench(id, { baseURL: preview.url, launch, reloads: 7, log }));

  if (args.has('--no-features')) return;
  const target = { baseURL: preview.url, launch, log };
  report.caseFiles = await runCaseFileBench(root, { ...target, runs: 5 });
  report.scorm = await runScormBench([[MODULES[0]!], scripts().map((s) => s.id)], { ...target, runs: 3 });
  report.backup = await runBackupBench(root, MODULES[0]!, { ...target, runs: 5 });
}

async function main() {
  log(`on ${report.machine.cpu} × ${report.machine.cores}, node ${report.machine.node}`);
  if (!onlyHostile && !args.has('--no-compile')) report.compile = await runCompileBench(root, { runs: 5, batches: [10, 100, 1000], log });
  if (onlyHostile || !args.has('--no-hostile')) report.hostile = await runHostileBench(root, { runs: 3, log });
  if (!args.has('--no-browser')) await browserPart();
}

let failed = false;
try {
  await main();
} catch (e) {
  failed = true;
  report.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
} finally {
  await browser?.close().catch(() => {});
  await preview?.stop().catch(() => {});
  clearTimeout(watchdog);
}
report.machine.loadAverage.end = Math.round(loadavg()[0]! * 100) / 100;
printReport(report);
const file = writeJson();
console.log(`\nJSON written to ${file}`);
if (failed) {
  console.error(`\nbench failed: ${report.error}`);
  process.exit(1);
}
