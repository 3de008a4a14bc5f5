/**
 * The compiler's single entry point: source text → { script, report, diagnostics }.
 *
 * parse (syntax) → validate (meaning) → build (people resolved, names turned into ids, Markdown
 * rendered) → explore (play every path) → standards (the curriculum's rules, only with
 * `curriculum: true`). A script is returned only when there are no errors, so nothing downstream
 * ever sees an invalid one; warnings (a case file's retired fields) do not stop it. Hashing, the
 * DOM, the people registry and the phrase list are injected by the caller (Node at build time, the
 * browser for case files, which pass no registry).
 */
import { buildScript, defaultLength } from './build';
import { exploreScript, MAX_STATES } from './explore';
import type { MarkdownRenderer } from './markdown';
import { parseScript } from './parse';
import type { Person } from './people';
import type { RawScript } from './raw-script';
import { checkStandards } from './standards';
import { longestLeaderLine } from './standards-leader-lines';
import type { StyleGuide } from './style';
import { PHASES, type Diagnostic, type Script, type Vocabulary } from './types';
import { validateScript } from './validate';

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

/** Options the caller supplies. */
export interface CompileOptions {
  /** The controlled vocabularies. */
  vocabulary: Vocabulary;
  /** Markdown renderer bound to a DOM. */
  markdown: MarkdownRenderer;
  /** Content hash of the source, computed by the caller. */
  hash: string;
  /** Also hold the script to the built-in curriculum's standards (track rules, clock, style, people…). */
  curriculum?: boolean;
  /** The people registry; cast entries that give no name and persona are looked up here. */
  people?: ReadonlyMap<string, Person>;
  /** The phrase list the curriculum's style standard checks (content/style.yaml). */
  style?: StyleGuide;
}

/** Result of compiling one script. */
export interface CompileResult {
  /** The script, present only when there are no errors. */
  script?: Script;
  /** Figures and diagnostics. */
  report: ScriptReport;
}

/** Compile one script; never throws. */
export function compileScript(source: string, file: string, options: CompileOptions): CompileResult {
  const { raw, diagnostics } = parseScript(source, file);
  diagnostics.push(...validateScript(raw, options.vocabulary, { people: options.people, curriculum: options.curriculum }));
  const report = emptyReport(raw);
  report.diagnostics = diagnostics;
  fillRawFigures(report, raw);
  if (diagnostics.some((d) => d.severity === 'error')) return { report };

  let script: Script;
  try {
    script = buildScript(raw, options);
  } catch (e) {
    diagnostics.push({ severity: 'error', file, line: 1, message: `could not build the script: ${(e as Error).message}` });
    return { report };
  }
  report.longestLeaderLine = longestLeaderLine(script);
  const exploration = exploreScript(script);
  report.paths = exploration.paths;
  report.clockMinutes = exploration.minutes;
  report.decisionsPerPath = exploration.decisionsPerPath;
  const err = (line: number, message: string) => diagnostics.push({ severity: 'error', file, line, message });
  if (exploration.exhausted) {
    err(1, `the script has more than ${MAX_STATES.toLocaleString('en')} distinct play states, too many to check; simplify its conditions or effects`);
    return { report };
  }
  for (const d of exploration.deadEnds) err(lineOfScene(script, d.scene), `dead end in scene "${d.scene}": ${d.reason}`);
  for (const s of script.scenes) {
    if (s.ending && !exploration.endingsReached.has(s.id)) err(s.line, `no path reaches ending "${s.id}" (its conditions never hold together)`);
    else if (!s.ending && !exploration.scenesReached.has(s.id)) err(s.line, `scene "${s.id}" is never reached on any path (its conditions never hold)`);
    for (const c of s.choices)
      if (exploration.scenesReached.has(s.id) && !exploration.choicesOffered.has(c.id)) err(c.line, `choice "${c.id}" is never offered on any path`);
  }
  if (options.curriculum) diagnostics.push(...checkStandards({ script, raw, report, exploration, people: options.people, style: options.style }));
  if (diagnostics.some((d) => d.severity === 'error')) return { report };
  return { script, report };
}

function lineOfScene(script: Script, id: string): number {
  return script.scenes.find((s) => s.id === id)?.line ?? 1;
}

/** The report of a script that could not be read at all (too large, say): `message` at line 1. */
export function unreadReport(file: string, message: string): ScriptReport {
  const report = emptyReport({ file, meta: {}, metaLine: 1, intro: '', phases: [], scenes: [] });
  report.diagnostics.push({ severity: 'error', file, line: 1, message });
  return report;
}

function emptyReport(raw: RawScript): ScriptReport {
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

function fillRawFigures(report: ScriptReport, raw: RawScript) {
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
