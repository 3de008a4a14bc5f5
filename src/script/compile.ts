/**
 * The compiler's single entry point: source text → { script, report, diagnostics }.
 *
 * parse (syntax) → validate (meaning) → build (names resolved, Markdown rendered) → explore (play
 * every path) → standards (curriculum rules per track). A script is returned only when there are
 * no errors, so nothing downstream ever sees an invalid one. Hashing and the DOM are injected by
 * the caller (Node at build time, the browser for imported scripts).
 */
import { exploreScript, MAX_STATES } from './explore';
import type { MarkdownRenderer } from './markdown';
import { parseScript } from './parse';
import type { RawScript } from './raw-script';
import { checkStandards } from './standards';
import { PHASES, SCRIPT_FORMAT, type CastMember, type Diagnostic, type Script, type Vocabulary } from './types';
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
  /** Also hold the script to the built-in curriculum's standards (track rules, clock). */
  curriculum?: boolean;
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
  diagnostics.push(...validateScript(raw, options.vocabulary));
  const report = emptyReport(raw);
  report.diagnostics = diagnostics;
  fillRawFigures(report, raw);
  if (diagnostics.some((d) => d.severity === 'error')) return { report };

  let script: Script;
  try {
    script = build(raw, options);
  } catch (e) {
    diagnostics.push({ severity: 'error', file, line: 1, message: `could not build the script: ${(e as Error).message}` });
    return { report };
  }
  const exploration = exploreScript(script);
  report.paths = exploration.paths;
  report.clockMinutes = exploration.minutes;
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
  if (options.curriculum) diagnostics.push(...checkStandards(script, report, exploration));
  if (diagnostics.some((d) => d.severity === 'error')) return { report };
  return { script, report };
}

function lineOfScene(script: Script, id: string): number {
  return script.scenes.find((s) => s.id === id)?.line ?? 1;
}

function emptyReport(raw: RawScript): ScriptReport {
  const m = (k: string) => raw.meta[k]?.value;
  const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    id: typeof m('id') === 'string' ? (m('id') as string) : raw.file,
    title: typeof m('title') === 'string' ? (m('title') as string) : '',
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
    diagnostics: [],
  };
}

function fillRawFigures(report: ScriptReport, raw: RawScript) {
  report.scenes = raw.scenes.length;
  report.decisions = raw.scenes.filter((s) => s.choices.length > 0).length;
  report.endings = raw.scenes.filter((s) => s.isEnding).length;
  report.phases = PHASES.filter((p) => raw.scenes.some((s) => s.phase === p));
  report.conditionalBranches = raw.scenes.reduce(
    (n, s) =>
      n +
      s.lines.filter((l) => l.when).length +
      s.next.filter((r) => r.when).length +
      s.choices.reduce((k, c) => k + (c.when ? 1 : 0) + c.routes.filter((r) => r.when).length, 0),
    0,
  );
}

function orderFromFile(file: string): number {
  const m = /(?:^|\/)[a-z]?(\d+)-[^/]*$/.exec(file);
  return m ? Number(m[1]) : 0;
}

function build(raw: RawScript, { markdown, hash }: CompileOptions): Script {
  const m = raw.meta;
  const v = <T>(k: string, fallback: T): T => (m[k] ? (m[k]!.value as T) : fallback);
  const cast: CastMember[] = v<Record<string, string>[]>('cast', []).map((c, i) => ({
    id: c.id!,
    name: c.name!,
    role: c.role as CastMember['role'],
    persona: c.persona!,
    line: m.cast!.items?.[i] ?? m.cast!.line,
  }));
  const byName = new Map(cast.map((c) => [c.name, c.id]));
  byName.set('You', 'you');
  return {
    format: SCRIPT_FORMAT,
    id: v('id', ''),
    hash,
    file: raw.file,
    title: v('title', ''),
    summary: v<string>('summary', '').trim(),
    intro: markdown.block(raw.intro),
    track: v('track', 'member'),
    order: v('order', orderFromFile(raw.file)),
    setting: v('setting', ''),
    minutes: v('minutes', 0),
    sessionMinutes: v('sessionMinutes', 45),
    contentNotes: v('contentNotes', []),
    seat: v('seat', 'member'),
    cast,
    competencies: v('competencies', []),
    rules: v('rules', []),
    challenges: v('challenges', []),
    related: v('related', []),
    climate: v<Record<string, unknown>[]>('climate', []).map((c, i) => ({
      id: String(c.id),
      label: String(c.label),
      start: Number(c.start),
      line: m.climate!.items?.[i] ?? m.climate!.line,
    })),
    start: raw.scenes[0]!.id,
    scenes: raw.scenes.map((s) => ({
      id: s.id,
      phase: s.phase as Script['scenes'][number]['phase'],
      minutes: s.minutes,
      line: s.line,
      lines: s.lines.map((l, i) => {
        const html = markdown.inline(l.markdown);
        return {
          id: `${s.id}#${i}`,
          kind: l.kind,
          ...(l.speakerName !== undefined ? { speaker: byName.get(l.speakerName)! } : {}),
          html,
          text: markdown.text(html),
          ...(l.when ? { when: l.when } : {}),
          line: l.line,
        };
      }),
      choices: s.choices.map((c) => ({
        id: c.id,
        text: markdown.text(markdown.inline(c.markdown)),
        silent: c.silent,
        ...(c.when ? { when: c.when } : {}),
        routes: c.routes,
        effects: c.effects.map((e) => ({ variable: e.id, delta: e.delta })),
        evidence: c.evidence.map((e) => ({ competency: e.id, delta: e.delta })),
        feedback: { happened: markdown.block(c.happened!), why: markdown.block(c.why!), instead: markdown.block(c.instead!) },
        line: c.line,
      })),
      next: s.next,
      ...(s.isEnding
        ? { ending: { title: s.title!, outcome: s.outcome!.value as 'strong', debrief: markdown.block(s.debrief!) } }
        : {}),
    })),
  };
}
