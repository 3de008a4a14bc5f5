/**
 * The benchmark's output: one JSON document (the record to compare between runs) and the tables
 * printed from it. The tables are derived from the JSON shape only, so what is printed is always
 * what is saved; sections that did not run (flags, or a failure part-way) are simply absent.
 */
import { cpus, loadavg, release, platform, totalmem } from 'node:os';
import type { BackupResults } from './backup-bench';
import type { CaseFileResults } from './case-file-bench';
import type { CompileResults } from './compile-bench';
import { printHostile, type HostileResults } from './hostile-bench';
import type { DistJs, RouteJs } from './route-js';
import type { ScormResults } from './scorm-bench';
import type { SessionResults } from './session-bench';
import { kb, printTable, type Summary } from './stats';

/** The machine the figures come from. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  chromium?: string;
  /** One-minute load average when the run started and ended (other work on the machine skews figures). */
  loadAverage: { start: number; end?: number };
}

/** The whole JSON document. */
export interface BenchReport {
  date: string;
  machine: MachineInfo;
  compile?: CompileResults;
  sessions?: SessionResults[];
  routes?: RouteJs[];
  dist?: DistJs;
  caseFiles?: CaseFileResults;
  scorm?: ScormResults;
  backup?: BackupResults;
  /** Inputs at the limits: compile times in Node, ReDoS ratios, and (browser) the longest main-thread task. */
  hostile?: HostileResults;
  /** Set when the run failed; the sections before the failure are still reported. */
  error?: string;
}

/** Describe this machine (Chromium's version is added once a browser runs). */
export function machineInfo(): MachineInfo {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: { start: Math.round(loadavg()[0]! * 100) / 100 },
  };
}

/** Print every section of the report that is present. */
export function printReport(r: BenchReport): void {
  const m = r.machine;
  const load = `${m.loadAverage.start} → ${m.loadAverage.end ?? '?'}`;
  printTable('Machine', ['cpu', 'cores', 'memory', 'node', 'chromium', 'os', 'load (1 min)'], [[m.cpu, m.cores, `${m.memoryGB} GB`, m.node, m.chromium ?? '–', m.os, load]]);

  if (r.compile) {
    const c = r.compile;
    printTable(
      'Compile + validate, built-in scripts (ms; median, min and max of runs; CPU = this process)',
      ['script', 'scenes', 'paths', 'runs', 'median', 'min', 'max', 'CPU median'],
      c.builtIn.map((b) => [b.file.replace(/^content\/sessions\//, ''), b.scenes, b.paths, b.runs, b.ms.median, b.ms.min, b.ms.max, b.cpuMs.median]),
    );
    console.log(`all built-in scripts: ${c.builtInTotalMedianMs} ms (median total)`);
    printTable(
      'Compile + validate, generated scripts',
      ['scripts', 'runs', 'total ms', 'ms/script', 'CPU ms/script', 'scenes', 'paths'],
      c.generated.map((g) => [g.scripts, g.runs, g.totalMs, g.perScriptMs, g.cpuPerScriptMs, g.scenes, g.paths]),
    );
    const a = c.generated[0];
    const b = c.generated[c.generated.length - 1];
    if (a && b) console.log(`linearity: ms/script at ${b.scripts} ÷ ms/script at ${a.scripts} = ${c.linearityRatio} (CPU: ${c.cpuLinearityRatio}; ≈1 is linear)`);
  }

  if (r.sessions?.length) {
    printTable(
      'Click → next line on screen and saved (production build, Chromium, reduced motion; ms)',
      ['module', 'steps', 'choices', 'DOM median', 'DOM p95', 'frame median', 'frame p95', 'continue median', 'continue p95'],
      r.sessions.map((s) => [s.module, s.planSteps, s.choices, s.choiceToDomMs.median, s.choiceToDomMs.p95, s.choiceToFrameMs.median, s.choiceToFrameMs.p95, s.continueToDomMs.median, s.continueToDomMs.p95]),
    );
    printTable(
      'Resume after reload (navigation start → transcript with all its items; ms) and storage',
      ['module', 'reloads', 'items', 'median', 'p95', 'attempt bytes', 'storage before', 'storage after', 'Δ storage'],
      r.sessions.map((s) => [s.module, s.resumeMs.n, s.resumeAtItems, s.resumeMs.median, s.resumeMs.p95, s.attemptBytes, s.storageUsageBefore, s.storageUsageAfter, s.storageUsageAfter - s.storageUsageBefore]),
    );
    printProfiles(r.sessions);
  }

  if (r.routes?.length || r.dist) {
    const rows: (string | number)[][] = (r.routes ?? []).map((x) => (x.error ? [x.route, '', '', `failed: ${x.error}`] : [x.route, x.files.length, kb(x.bytes), kb(x.gzip)]));
    if (r.dist) {
      rows.push(['dist: all .js', r.dist.files, kb(r.dist.bytes), kb(r.dist.gzip)]);
      rows.push(['dist: app chunks / service worker', '', '', `${kb(r.dist.appGzip)} / ${kb(r.dist.serviceWorkerGzip)}`]);
    }
    printTable('JavaScript loaded per route (gzip level 9)', ['route', 'files', 'raw', 'gzip'], rows);
  }

  if (r.caseFiles) {
    const c = r.caseFiles;
    printTable(
      `Case file import: pick → “… was added to your case library.” (fresh profile each run; ms)`,
      ['case file', 'size', 'runs', 'median', 'p95', 'min', 'max'],
      c.imports.map((i) => [i.fileName, kb(i.bytes), i.pickToAddedMs.n, i.pickToAddedMs.median, i.pickToAddedMs.p95, i.pickToAddedMs.min, i.pickToAddedMs.max]),
    );
    printTable(
      'Open a module: navigation start → intro heading (case file compiled on load vs built-in; ms)',
      ['module', 'kind', 'opens', 'median', 'p95', 'min', 'max'],
      c.opens.map((o) => [o.module, o.kind, o.navToIntroMs.n, o.navToIntroMs.median, o.navToIntroMs.p95, o.navToIntroMs.min, o.navToIntroMs.max]),
    );
  }

  if (r.scorm) {
    printTable(
      'SCORM package built in the browser: press → download (fresh profile each run, no precache; ms)',
      ['modules', 'runs', 'median', 'min', 'max', 'download event median', 'zip', 'files'],
      r.scorm.builds.map((b) => [b.modules, b.runs, b.pressToDownloadMs.median, b.pressToDownloadMs.min, b.pressToDownloadMs.max, b.pressToDownloadEventMs.median, kb(b.zipBytes), b.files]),
    );
  }

  if (r.backup) {
    const b = r.backup;
    const data = `${b.attempts} attempts, ${b.reflections} reflections, ${b.caseFiles} case files`;
    printTable(
      `Backup and restore (${data}; ms)`,
      ['action', 'runs', 'median', 'p95', 'min', 'max', 'file'],
      [
        ['restore into an empty profile: pick → “Restored …”', b.pickToRestoredMs.n, b.pickToRestoredMs.median, b.pickToRestoredMs.p95, b.pickToRestoredMs.min, b.pickToRestoredMs.max, kb(b.seedBytes)],
        ['download a backup: press → download', b.pressToDownloadMs.n, b.pressToDownloadMs.median, b.pressToDownloadMs.p95, b.pressToDownloadMs.min, b.pressToDownloadMs.max, kb(b.backupBytes)],
      ],
    );
  }

  if (r.hostile) printHostile(r.hostile);
}

/** Where a choice's and a resume's time goes (absent for a build without the app's marks). */
function printProfiles(sessions: SessionResults[]): void {
  const cell = (x: Summary | undefined) => (x ? `${x.median} / ${x.p95}` : '–');
  const phases = ['input', 'transition', 'save', 'store', 'handover', 'render', 'paint'] as const;
  if (sessions.some((s) => Object.keys(s.choicePhasesMs ?? {}).length))
    printTable(
      'Where a choice goes: click → event → transition → saved and shown (store: check + one transaction + strict commit; handover: other tabs told, player told) → DOM → frame (ms, median / p95)',
      ['module', ...phases],
      sessions.map((s) => [s.module, ...phases.map((p) => cell(s.choicePhasesMs?.[p]))]),
    );
  else console.log('\n(no choice phases: this build has no balint:* marks)');
  const moments = ['html', 'appCode', 'moduleScreen', 'script', 'engine', 'storage', 'attemptRead', 'restored', 'transcript'] as const;
  printTable(
    'Where a resume goes: ms since navigation start when each is done (median)',
    ['module', ...moments],
    sessions.map((s) => [s.module, ...moments.map((m) => (s.resumeMomentsMs?.[m] ? s.resumeMomentsMs[m]!.median : '–'))]),
  );
}
