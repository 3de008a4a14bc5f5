/**
 * A validated RawScript → the compiled Script: cast resolved against the people registry, speaker
 * names turned into cast ids, Markdown rendered to sanitised HTML, defaults filled in. Runs only
 * on scripts without errors, so it may rely on everything the validator checked. Every piece of
 * Markdown is rendered with the line it starts on, so a piece the renderer cannot handle is
 * reported at its line (`TextFailure`) rather than as the renderer's own error.
 */
import { resolveCastEntry } from './cast';
import type { MarkdownRenderer } from './markdown';
import { TooMuchFormatting } from './markdown-html';
import type { Person } from './people';
import type { RawScript, RawText } from './raw-script';
import { SCRIPT_FORMAT, type CastMember, type LegacyOutcome, type Scene, type Script, type ScriptLength, type Track } from './types';

/** What building needs besides the raw script. */
export interface BuildOptions {
  /** Markdown renderer bound to a DOM. */
  markdown: MarkdownRenderer;
  /** Content hash of the source. */
  hash: string;
  /** The people registry. */
  people?: ReadonlyMap<string, Person>;
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

/** Build a validated script. */
export function buildScript(raw: RawScript, { markdown: renderer, hash, people }: BuildOptions): Script {
  const m = raw.meta;
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
  const v = <T>(k: string, fallback: T): T => (m[k] ? (m[k]!.value as T) : fallback);
  const cast: CastMember[] = v<Record<string, unknown>[]>('cast', []).map((c, i) => {
    const who = resolveCastEntry(c, people);
    return {
      id: c.id as string,
      name: who.name as string,
      role: c.role as CastMember['role'],
      persona: who.persona as string,
      ...(typeof who.profession === 'string' ? { profession: who.profession } : {}),
      ...(typeof c.note === 'string' ? { note: c.note } : {}),
      line: m.cast!.items?.[i] ?? m.cast!.line,
    };
  });
  const byName = new Map(cast.map((c) => [c.name, c.id]));
  byName.set('You', 'you');
  const block = (t: RawText | undefined) => (t ? markdown.block(t.markdown, t.line) : '');
  const track = v<Track>('track', 'member');
  const optional = (k: 'patient' | 'singleLeader') => (typeof m[k]?.value === 'string' ? { [k]: (m[k]!.value as string).trim() } : {});

  const scenes: Scene[] = raw.scenes.map((s) => ({
    id: s.id,
    phase: s.phase as Scene['phase'],
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
            ...(s.outcome ? { legacyOutcome: s.outcome.value as LegacyOutcome } : {}),
            debrief: s.debrief!.map((p) => ({ html: markdown.block(p.markdown, p.line), ...(p.when ? { when: p.when } : {}) })),
          },
        }
      : {}),
  }));

  return {
    format: SCRIPT_FORMAT,
    id: v('id', ''),
    hash,
    file: raw.file,
    title: v('title', ''),
    summary: v<string>('summary', '').trim(),
    intro: markdown.block(raw.intro, raw.introLine ?? raw.metaLine),
    track,
    length: v('length', defaultLength(track)),
    order: v('order', orderFromFile(raw.file)),
    setting: v('setting', ''),
    ...optional('patient'),
    props: v('props', []),
    minutes: v('minutes', 0),
    sessionMinutes: v('sessionMinutes', 45),
    contentNotes: v('contentNotes', []),
    seat: v('seat', 'member'),
    cast,
    competencies: v('competencies', []),
    rules: v('rules', []),
    challenges: v('challenges', []),
    related: v('related', []),
    ...optional('singleLeader'),
    climate: v<Record<string, unknown>[]>('climate', []).map((c, i) => ({
      id: String(c.id),
      label: String(c.label),
      start: Number(c.start),
      line: m.climate!.items?.[i] ?? m.climate!.line,
    })),
    start: raw.scenes[0]!.id,
    scenes,
  };
}
