/**
 * What the compiler reports for one script (figures for `content:check` and the authoring screen,
 * and every diagnostic), and how a report starts: from what the parser read, or, for a script that
 * could not be read at all, from one message. Kept apart from compile.ts so the page that shows a
 * report (or refuses a file before compiling it) need not load the compiler.
 */
import { defaultLength } from './build';
import type { RawScript } from './raw-script';
import { PHASES, type Diagnostic } from './types';

/** What `content:check` reports for one script. */
export interface ScriptReport {
  /** Module id (or the file name when the id is missing). */
  id: string;
  /** Title. */
  title: string;
  /** Source file. */
  file: string;
  /** Track. */
  track: string;
  /** Learner's seat. */
  seat: string;
  /** Number of scenes. */
  scenes: number;
  /** Scenes that offer a choice. */
  decisions: number;
  /** Number of endings. */
  endings: number;
  /** Phases used, in order. */
  phases: string[];
  /** Competencies practised. */
  competencies: string[];
  /** Ground rules touched. */
  rules: string[];
  /** Leadership challenges contained. */
  challenges: string[];
  /** Lines, choices and routes gated by a condition on accumulated state. */
  conditionalBranches: number;
  /** Complete paths through the script. */
  paths: number;
  /** Shortest and longest session clock over all paths. */
  clockMinutes: { min: number; max: number };
  /** `full` or `short` (given, or the track's default). */
  length: string;
  /** Fewest and most decisions a path offers (0–0 until the script is explored). */
  decisionsPerPath: { min: number; max: number };
  /** Each ending's `Kind:`, by ending id (endings without one are left out). */
  endingKinds: Record<string, string>;
  /** Words and line of the longest line a leader speaks (the learner's own when they lead); 0 words at line 0 when none. */
  longestLeaderLine: { words: number; line: number };
  /** Number of silent options (`Silent: yes`). */
  silentChoices: number;
  /** The patient, props and related modules, for the catalogue-wide checks. */
  catalogue: { patient?: { value: string; line: number }; props: { value: string; line: number }[]; related: string[] };
  /** Every problem found. */
  diagnostics: Diagnostic[];
}

/** The report of a script that could not be read at all (too large, say): `message` at line 1. */
export function unreadReport(file: string, message: string): ScriptReport {
  const report = emptyReport({ file, meta: {}, metaLine: 1, intro: '', phases: [], scenes: [] });
  report.diagnostics.push({ severity: 'error', file, line: 1, message });
  return report;
}

export function emptyReport(raw: RawScript): ScriptReport {
  const m = (k: string) => raw.meta[k]?.value;
  const text = (k: string) => (typeof m(k) === 'string' ? (m(k) as string) : undefined);
  const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const propLines = raw.meta.props?.items ?? [];
  return {
    id: text('id') ?? raw.file,
    title: text('title') ?? '',
    file: raw.file,
    track: String(m('track') ?? ''),
    seat: String(m('seat') ?? ''),
    scenes: 0,
    decisions: 0,
    endings: 0,
    phases: [],
    competencies: strs(m('competencies')),
    rules: strs(m('rules')),
    challenges: strs(m('challenges')),
    conditionalBranches: 0,
    paths: 0,
    clockMinutes: { min: 0, max: 0 },
    length: text('length') ?? defaultLength(String(m('track') ?? '')),
    decisionsPerPath: { min: 0, max: 0 },
    endingKinds: {},
    longestLeaderLine: { words: 0, line: 0 },
    silentChoices: 0,
    catalogue: {
      ...(text('patient') !== undefined ? { patient: { value: text('patient')!, line: raw.meta.patient!.line } } : {}),
      props: Array.isArray(m('props'))
        ? (m('props') as unknown[]).flatMap((p, i) => (typeof p === 'string' ? [{ value: p, line: propLines[i] ?? raw.meta.props!.line }] : []))
        : [],
      related: strs(m('related')),
    },
    diagnostics: [],
  };
}

export function fillRawFigures(report: ScriptReport, raw: RawScript) {
  report.scenes = raw.scenes.length;
  report.decisions = raw.scenes.filter((s) => s.choices.length > 0).length;
  report.endings = raw.scenes.filter((s) => s.isEnding).length;
  report.phases = PHASES.filter((p) => raw.scenes.some((s) => s.phase === p));
  report.silentChoices = raw.scenes.reduce((n, s) => n + s.choices.filter((c) => c.silent).length, 0);
  report.endingKinds = Object.fromEntries(raw.scenes.flatMap((s) => (s.isEnding && s.kind ? [[s.id, s.kind.value]] : [])));
  report.conditionalBranches = raw.scenes.reduce(
    (n, s) =>
      n +
      s.lines.filter((l) => l.when).length +
      s.next.filter((r) => r.when).length +
      s.choices.reduce((k, c) => k + (c.when ? 1 : 0) + c.routes.filter((r) => r.when).length, 0),
    0,
  );
}
