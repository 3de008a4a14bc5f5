/**
 * A validated RawScript → the compiled Script: speaker names turned into cast ids, Markdown
 * rendered to sanitised HTML, defaults filled in. Runs only on scripts without errors and reads
 * the front matter from what the validator returned, typed (`ScriptMeta`, the cast already
 * resolved against the people registry), never from the raw YAML values. Every piece of
 * Markdown is rendered with the line it starts on, so a piece the renderer cannot handle is
 * reported at its line (`TextFailure`) rather than as the renderer's own error.
 */
import type { MarkdownRenderer } from './markdown';
import { TooMuchFormatting } from './markdown-html';
import { isOneOf } from './one-of';
import type { RawScene, RawScript, RawText } from './raw-script';
import type { ScriptMeta } from './script-meta';
import { LEGACY_OUTCOMES, PHASES, SCRIPT_FORMAT, type PhaseId, type Scene, type Script, type ScriptLength } from './types';

/** What building needs besides the raw script and its checked front matter. */
export interface BuildOptions {
  /** Markdown renderer bound to a DOM. */
  markdown: MarkdownRenderer;
  /** Content hash of the source. */
  hash: string;
}

/**
 * The renderer failed on the text that starts at `line` (caught by the compiler, reported in
 * words): it became more elements than the limit allows (`formatting`), or the renderer itself
 * gave up, in practice on nesting too deep for it (`nesting`).
 */
export class TextFailure extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'formatting' | 'nesting',
  ) {
    super(`the text at line ${line} could not be rendered`);
    this.name = 'TextFailure';
  }
}

/** A module's length when its front matter gives none: short for foundations, else full. */
export function defaultLength(track: string): ScriptLength {
  return track === 'foundations' ? 'short' : 'full';
}

/** The catalogue order a file name implies (`m03-…` → 3), 0 without a number. */
function orderFromFile(file: string): number {
  const m = /(?:^|\/)[a-z]?(\d+)-[^/]*$/.exec(file);
  return m ? Number(m[1]) : 0;
}

/**
 * A scene's phase, which the validator checked (every phase heading names one of PHASES, and a
 * scene outside a phase is an error); an unchecked one is a compiler fault, not a cast.
 */
function phaseOf(s: RawScene): PhaseId {
  if (!isOneOf(PHASES, s.phase)) throw new Error(`scene "${s.id}" reached the builder without a checked phase`);
  return s.phase;
}

/** Build a validated script from its raw form and its checked front matter. */
export function buildScript(raw: RawScript, meta: ScriptMeta, { markdown: renderer, hash }: BuildOptions): Script {
  const at = <T>(line: number, render: () => T): T => {
    try {
      return render();
    } catch (e) {
      throw new TextFailure(line, e instanceof TooMuchFormatting ? 'formatting' : 'nesting');
    }
  };
  const markdown = {
    inline: (md: string, line: number) => at(line, () => renderer.inline(md, line)),
    block: (md: string, line: number) => at(line, () => renderer.block(md, line)),
    text: (html: string, line: number) => at(line, () => renderer.text(html)),
  };
  const byName = new Map(meta.cast.map((c) => [c.name, c.id]));
  byName.set('You', 'you');
  const block = (t: RawText | undefined) => (t ? markdown.block(t.markdown, t.line) : '');

  const scenes: Scene[] = raw.scenes.map((s) => ({
    id: s.id,
    phase: phaseOf(s),
    minutes: s.minutes,
    line: s.line,
    lines: s.lines.map((l, i) => {
      const html = markdown.inline(l.markdown, l.line);
      return {
        id: `${s.id}#${i}`,
        kind: l.kind,
        ...(l.speakerName !== undefined ? { speaker: byName.get(l.speakerName)! } : {}),
        html,
        text: markdown.text(html, l.line),
        ...(l.when ? { when: l.when } : {}),
        ...(l.debriefOnly ? { debriefOnly: true as const } : {}),
        line: l.line,
      };
    }),
    choices: s.choices.map((c) => ({
      id: c.id,
      text: markdown.text(markdown.inline(c.markdown, c.line), c.line),
      silent: c.silent,
      ...(c.when ? { when: c.when } : {}),
      routes: c.routes,
      effects: c.effects.map((e) => ({ variable: e.id, delta: e.delta })),
      evidence: c.evidence.map((e) => ({ competency: e.id, delta: e.delta })),
      feedback: { happened: block(c.happened), why: block(c.why), gives: block(c.gives), costs: block(c.costs), also: block(c.also ?? c.instead) },
      line: c.line,
    })),
    next: s.next,
    ...(s.isEnding
      ? {
          ending: {
            title: s.title!.value,
            ...(s.kind ? { kind: s.kind.value } : {}),
            ...(s.outcome && isOneOf(LEGACY_OUTCOMES, s.outcome.value) ? { legacyOutcome: s.outcome.value } : {}),
            debrief: s.debrief!.map((p) => ({ html: markdown.block(p.markdown, p.line), ...(p.when ? { when: p.when } : {}) })),
          },
        }
      : {}),
  }));

  return {
    format: SCRIPT_FORMAT,
    id: meta.id,
    hash,
    file: raw.file,
    title: meta.title,
    summary: meta.summary.trim(),
    intro: markdown.block(raw.intro, raw.introLine ?? raw.metaLine),
    track: meta.track,
    length: meta.length ?? defaultLength(meta.track),
    order: meta.order ?? orderFromFile(raw.file),
    setting: meta.setting,
    ...(meta.patient !== undefined ? { patient: meta.patient.trim() } : {}),
    props: meta.props,
    minutes: meta.minutes,
    sessionMinutes: meta.sessionMinutes ?? 45,
    contentNotes: meta.contentNotes,
    seat: meta.seat,
    cast: meta.cast,
    competencies: meta.competencies,
    rules: meta.rules,
    challenges: meta.challenges,
    related: meta.related,
    ...(meta.singleLeader !== undefined ? { singleLeader: meta.singleLeader.trim() } : {}),
    climate: meta.climate,
    start: raw.scenes[0]!.id,
    scenes,
  };
}
