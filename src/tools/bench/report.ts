/**
 * The benchmark's output: one JSON document (the record to compare between runs) and the tables
 * printed from it. The tables are derived from the JSON shape only, so what is printed is always
 * what is saved; sections that did not run (flags, or a failure part-way) are simply absent.
 */
import { cpus, loadavg, release, platform, totalmem } from 'node:os';
import type { CompileResults } from './compile-bench';
import type { DistJs, RouteJs } from './route-js';
import type { SessionResults } from './session-bench';
import { kb, printTable } from './stats';

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
  }

  if (r.routes?.length || r.dist) {
    const rows: (string | number)[][] = (r.routes ?? []).map((x) => [x.route, x.files.length, kb(x.bytes), kb(x.gzip)]);
    if (r.dist) {
      rows.push(['dist: all .js', r.dist.files, kb(r.dist.bytes), kb(r.dist.gzip)]);
      rows.push(['dist: app chunks / service worker', '', '', `${kb(r.dist.appGzip)} / ${kb(r.dist.serviceWorkerGzip)}`]);
    }
    printTable('JavaScript loaded per route (gzip level 9)', ['route', 'files', 'raw', 'gzip'], rows);
  }
}
