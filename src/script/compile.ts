/**
 * The compiler's single entry point: source text → { script, report, diagnostics }.
 *
 * parse (syntax) → validate (meaning) → build (people resolved, names turned into ids, Markdown
 * rendered) → explore (play every path) → standards (the curriculum's rules, only with
 * `curriculum: true`). A script is returned only when there are no errors, so nothing downstream
 * ever sees an invalid one; warnings (a case file's retired fields) do not stop it. Hashing, the
 * DOM, the people registry and the phrase list are injected by the caller (Node at build time, the
 * browser for case files, which pass no registry).
 *
 * The size limits (limits.ts) are met before the expensive stages: the parser stops at a count
 * over its limit, and the text limits are checked before any Markdown is rendered or any path
 * explored. Every message is the compiler's own: a renderer that fails is reported at the line of
 * the text, and anything unforeseen becomes one plain sentence, never an engine's error text.
 */
import { buildScript, TextFailure } from './build';
import { exploreScript } from './explore';
import { count, MAX_DIAGNOSTICS, MAX_STATES, MAX_TEXT_ELEMENTS } from './limits';
import type { MarkdownRenderer } from './markdown';
import { parseScript } from './parse';
import type { Person } from './people';
import { checkStandards } from './standards';
import { longestLeaderLine } from './standards-leader-lines';
import type { StyleGuide } from './style';
import { emptyReport, fillRawFigures, unreadReport, type ScriptReport } from './script-report';
import { checkTextLimits } from './text-limits';
import type { Diagnostic, Script, Vocabulary } from './types';
import { validateScript } from './validate';

export { unreadReport, type ScriptReport };

/** Options the caller supplies. */
export interface CompileOptions {
  /** The controlled vocabularies. */
  vocabulary: Vocabulary;
  /** Markdown renderer: bound to a DOM, or the browser's deferred one (deferred-markdown.ts). */
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
  let result: CompileResult;
  try {
    result = compileChecked(source, file, options);
  } catch {
    return { report: unreadReport(file, 'the script could not be checked: something in it made the checker stop. Undo your last change or simplify that part, and check again') };
  }
  result.report.diagnostics = capped(result.report.diagnostics, file);
  return result;
}

function compileChecked(source: string, file: string, options: CompileOptions): CompileResult {
  const { raw, diagnostics, overLimit } = parseScript(source, file);
  const report = emptyReport(raw);
  report.diagnostics = diagnostics;
  const err = (line: number, message: string) => diagnostics.push({ severity: 'error', file, line, message });
  if (overLimit || checkTextLimits(raw, err)) return { report };
  const validation = validateScript(raw, options.vocabulary, { people: options.people, curriculum: options.curriculum });
  diagnostics.push(...validation.diagnostics);
  fillRawFigures(report, raw);
  if (diagnostics.some((d) => d.severity === 'error')) return { report };
  if (!validation.meta) {
    err(raw.metaLine, 'the front matter could not be checked; check its fields against content/README.md and try again');
    return { report };
  }

  let script: Script;
  try {
    script = buildScript(raw, validation.meta, options);
  } catch (e) {
    if (!(e instanceof TextFailure)) throw e;
    err(
      e.line,
      e.reason === 'formatting'
        ? `this text has more than ${count(MAX_TEXT_ELEMENTS)} pieces of formatting (emphasis, links, list items, paragraphs), the limit for one piece of text; use less formatting or split it`
        : 'this text could not be turned into formatted text: it nests emphasis (* or _), links or brackets too deeply; write it more simply',
    );
    return { report };
  }
  report.longestLeaderLine = longestLeaderLine(script);
  const exploration = exploreScript(script);
  report.paths = exploration.paths;
  report.clockMinutes = exploration.minutes;
  report.decisionsPerPath = exploration.decisionsPerPath;
  if (exploration.exhausted) {
    err(1, `the script has more than ${count(MAX_STATES)} distinct play states, too many to check; simplify its conditions or effects`);
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

/** At most MAX_DIAGNOSTICS errors, then one line that says how many more there are. */
function capped(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length <= MAX_DIAGNOSTICS) return diagnostics;
  const kept = new Set(errors.slice(0, MAX_DIAGNOSTICS));
  const left = errors[MAX_DIAGNOSTICS]!;
  return [
    ...diagnostics.filter((d) => d.severity !== 'error' || kept.has(d)),
    { severity: 'error', file, line: left.line, message: `${count(errors.length - MAX_DIAGNOSTICS)} more problems are not listed here; fix these first and check again` },
  ];
}

function lineOfScene(script: Script, id: string): number {
  return script.scenes.find((s) => s.id === id)?.line ?? 1;
}

