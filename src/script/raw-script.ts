/**
 * What the parser hands the validator: the script as written, before names are resolved and
 * Markdown is rendered. Text stays Markdown here and every element keeps its source line, so the
 * validator can report `file:line` for anything it rejects. Compile-time only.
 */
import type { Condition, Route } from './types';

/** A value from the front matter with the line it was written on. */
export interface Located<T> {
  /** The value as parsed from YAML (not yet checked). */
  value: T;
  /** 1-based source line. */
  line: number;
  /** For YAML lists: the line of each item. */
  items?: number[];
}

/** A multi-line field (feedback, a debrief paragraph) as written. */
export interface RawText {
  /** Block Markdown, trimmed. */
  markdown: string;
  /** 1-based line of its first text (the field's own line when it is empty). */
  line: number;
}

/** One line of a scene as written. */
export interface RawLine {
  /** Speech, narration or an inner voice. */
  kind: 'speech' | 'narration' | 'inner';
  /** The speaker's name as written (`Ruth`, `You`); absent for narration. */
  speakerName?: string;
  /** `**Name (thinks, debrief):**`: an inner voice shown only in the debrief. */
  debriefOnly?: true;
  /** Inline Markdown. */
  markdown: string;
  /** Condition prefix, if any. */
  when?: Condition;
  /** 1-based source line. */
  line: number;
}

/** A climate effect or evidence entry as written. */
export interface RawDelta {
  /** Variable or competency id. */
  id: string;
  /** Signed change. */
  delta: number;
  /** 1-based source line. */
  line: number;
}

/** A choice as written. */
export interface RawChoice {
  /** Choice id. */
  id: string;
  /** What the learner says or does (inline Markdown). */
  markdown: string;
  /** `Silent: yes`. */
  silent: boolean;
  /** `If:` condition. */
  when?: Condition;
  /** `Goes to` routes in order. */
  routes: Route[];
  /** `Effects:` entries. */
  effects: RawDelta[];
  /** `Evidence:` entries. */
  evidence: RawDelta[];
  /** `What happened:`, when present. */
  happened?: RawText;
  /** `Why:`. */
  why?: RawText;
  /** `Gives:`. */
  gives?: RawText;
  /** `Costs:`. */
  costs?: RawText;
  /** `Also possible:`. */
  also?: RawText;
  /** `Instead:`, the retired field (legacy case files). */
  instead?: RawText;
  /** Fields written on a line the parser could not read (`Goes to`, `Evidence`): already reported, so not also reported as missing. */
  unreadFields?: string[];
  /** 1-based line of the heading. */
  line: number;
}

/** A run of debrief paragraphs, or one `[if …]` paragraph. */
export interface RawDebriefPart extends RawText {
  /** The `[if …]` condition of the paragraph. */
  when?: Condition;
}

/** A scene or ending as written. */
export interface RawScene {
  /** Scene id. */
  id: string;
  /** `### Ending:` rather than `### Scene:`. */
  isEnding: boolean;
  /** Phase id of the enclosing `## Phase:` heading, or null when there is none. */
  phase: string | null;
  /** `Minutes:` (default 1). */
  minutes: number;
  /** Lines in order. */
  lines: RawLine[];
  /** Choices in order. */
  choices: RawChoice[];
  /** `Next` routes in order. */
  next: Route[];
  /** `Long intervention: yes`. */
  longIntervention?: boolean;
  /** Ending `Title:`. */
  title?: Located<string>;
  /** Ending `Kind:` as written. */
  kind?: Located<string>;
  /** Ending `Outcome:` as written (retired; legacy case files). */
  outcome?: Located<string>;
  /** Ending `Debrief:`, split into its parts; present (possibly empty) once the field is written. */
  debrief?: RawDebriefPart[];
  /** Fields written on a line the parser could not read (`Next`): already reported, so not also reported as missing. */
  unreadFields?: string[];
  /** Part of the scene could not be read (a choice heading without an id): its shape is not judged. */
  partial?: boolean;
  /** 1-based line of the heading. */
  line: number;
}

/**
 * What the parser had to skip after reporting it. The validator leaves out every check that would
 * only repeat that problem in other words (one typo, one message): unknown targets and
 * reachability while a scene could not be read, speakers while the cast could not, and so on.
 */
export interface Unread {
  /** A scene or ending heading named no id, so its section was skipped: targets and reachability are not judged. */
  scenes?: boolean;
  /** A choice heading named no id, so its fields were skipped: conditions on choices are not judged. */
  choices?: boolean;
  /** Front matter keys whose values could not be read; `all` when none could. */
  meta?: string[] | 'all';
}

/** A whole script as written. */
export interface RawScript {
  /** Source file. */
  file: string;
  /** Front matter entries by key, with lines. */
  meta: Record<string, Located<unknown>>;
  /** Line of the front matter's opening `---`. */
  metaLine: number;
  /** Introduction Markdown (between the title and the first phase). */
  intro: string;
  /** 1-based line of the introduction's first text (absent when there is none). */
  introLine?: number;
  /** Phase headings in order. */
  phases: Located<string>[];
  /** Scenes in order. */
  scenes: RawScene[];
  /** What could not be read (absent when everything could). */
  unread?: Unread;
}
