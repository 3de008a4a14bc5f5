/**
 * The Script model: the one shape every stage agrees on.
 *
 * The compiler (parse → validate → compile) produces these values; the machine, the session and
 * the views only ever read them. Nothing in here knows about Markdown, XState, Dexie or Svelte, so
 * the runtime can import this file without dragging the compiler along (ink's compiler/runtime
 * split). Every element keeps the source line it came from so diagnostics can say `file:line`.
 */

/** The six phases of one Balint case, in the only order a session may move through them. */
export const PHASES = ['opening', 'presentation', 'questions', 'discussion', 'return', 'close'] as const;
export type PhaseId = (typeof PHASES)[number];

/** Curriculum tracks. */
export const TRACKS = ['foundations', 'member', 'leader'] as const;
export type Track = (typeof TRACKS)[number];

/** The chair the learner sits in. */
export const SEATS = ['member', 'presenter', 'leader', 'co-leader'] as const;
export type Seat = (typeof SEATS)[number];

/** Roles a cast member can hold in the circle. */
export const ROLES = ['presenter', 'member', 'leader', 'co-leader'] as const;
export type CastRole = (typeof ROLES)[number];

/** How long a module is: a whole case in six phases, or a shorter scene (an intake, a briefing). */
export const LENGTHS = ['full', 'short'] as const;
export type ScriptLength = (typeof LENGTHS)[number];

/**
 * The retired ranking of endings (`Outcome:`), kept only so old case files still play. It is never
 * used to grade: endings are described by their `kind` (content/judgement.md §0).
 */
export const LEGACY_OUTCOMES = ['strong', 'mixed', 'difficult'] as const;
export type LegacyOutcome = (typeof LEGACY_OUTCOMES)[number];

/** Comparison operators allowed in a climate condition. */
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** A condition on accumulated state, parsed once at compile time and evaluated at run time. */
export type Condition =
  | { kind: 'compare'; variable: string; op: CompareOp; value: number }
  | { kind: 'chose'; choice: string }
  | { kind: 'visited'; scene: string }
  | { kind: 'not'; operand: Condition }
  | { kind: 'and'; operands: Condition[] }
  | { kind: 'or'; operands: Condition[] };

/** One person in the circle. */
export interface CastMember {
  /** Stable id, used in conditions and saved data. */
  id: string;
  /** The name lines use for this person ("Ruth"). */
  name: string;
  /** The chair they sit in. */
  role: CastRole;
  /** One line that describes them (their tendency in the group). */
  persona: string;
  /** Their profession ("GP", "psychotherapist"), from the people registry. */
  profession?: string;
  /** What they bring to this particular session, when the script says. */
  note?: string;
  /** Source line of the entry in the front matter. */
  line: number;
}

/** A group-climate variable, kept between 0 and 100. */
export interface ClimateVariable {
  /** Stable id used in effects and conditions ("safety"). */
  id: string;
  /** Human label ("Presenter safety"). */
  label: string;
  /** Value at the start of the session. */
  start: number;
  /** Source line of the declaration. */
  line: number;
}

/** One line of the transcript. */
export interface Line {
  /** Stable id within the script (`sceneId#n`). */
  id: string;
  /** Speech is said aloud, narration sets the scene, inner is a private thought (hidden in play). */
  kind: 'speech' | 'narration' | 'inner';
  /** Cast id of the speaker or thinker; `you` for the learner; absent for narration. */
  speaker?: string;
  /** Sanitised HTML rendered from the line's inline Markdown. */
  html: string;
  /** The same line as plain text (for live regions and exports). */
  text: string;
  /** Shown only when this holds at the moment the scene is entered. */
  when?: Condition;
  /** An inner voice hidden during play even when inner voices are shown; shown in the debrief. */
  debriefOnly?: true;
  /** Source line. */
  line: number;
}

/** A change to a climate variable. */
export interface Effect {
  /** Climate variable id. */
  variable: string;
  /** Signed change, applied then clamped to 0–100. */
  delta: number;
}

/** Evidence for (positive) or against (negative) a competency. */
export interface Evidence {
  /** Competency id from the vocabulary. */
  competency: string;
  /** Signed weight, usually +1 or -1. */
  delta: number;
}

/** The feedback every choice carries, as sanitised HTML (content/judgement.md §0). */
export interface Feedback {
  /** What the transcript showed as a result of the choice. */
  happened: string;
  /** Why, in terms of the Balint method. */
  why: string;
  /** What the move made possible, and for whom; '' only for a legacy (`Instead:`) choice. */
  gives: string;
  /** What it closed off or risked; '' only for a legacy (`Instead:`) choice. */
  costs: string;
  /** Other defensible moves ('' when absent); a legacy `Instead:` text lands here. */
  also: string;
}

/** A conditional way on: the first route whose condition holds is taken. */
export interface Route {
  /** Scene id to go to. */
  target: string;
  /** Taken only when this holds; absent means always. */
  when?: Condition;
  /** Source line. */
  line: number;
}

/** A response the learner can give. */
export interface Choice {
  /** Stable id within the script, used in the choice log and in `chose` conditions. */
  id: string;
  /** What the learner says or does, as plain text. */
  text: string;
  /** True when the choice is to say nothing or let the group run. */
  silent: boolean;
  /** Offered only when this holds. */
  when?: Condition;
  /** Where the session goes after this choice (first matching route). */
  routes: Route[];
  /** Climate changes. */
  effects: Effect[];
  /** Competency evidence. */
  evidence: Evidence[];
  /** Feedback: what happened, why, what it gave and cost, what else was possible. */
  feedback: Feedback;
  /** Source line of the choice heading. */
  line: number;
}

/** One paragraph (or run of paragraphs) of an ending's debrief. */
export interface DebriefPart {
  /** Sanitised HTML. */
  html: string;
  /** Shown only when this holds at the end of the session (`[if …]` paragraphs). */
  when?: Condition;
}

/** What a session ending says in the debrief. */
export interface Ending {
  /** What happened in this session, in a few words. */
  title: string;
  /** What kind of session it was: an `endingKinds` id. Absent only in legacy case files. */
  kind?: string;
  /** An old case file's `Outcome:`, kept for display; never used to grade. */
  legacyOutcome?: LegacyOutcome;
  /** The debrief, in order; parts with `when` are shown only when it holds at the end. */
  debrief: DebriefPart[];
}

/** One scene of a session. */
export interface Scene {
  /** Stable id, unique within the script. */
  id: string;
  /** The phase this scene belongs to. */
  phase: PhaseId;
  /** Minutes of group time this scene spends on the session clock. */
  minutes: number;
  /** Lines in order. */
  lines: Line[];
  /** Choices offered after the lines (empty for scenes that move on by themselves). */
  choices: Choice[];
  /** Ways on without a choice (first matching route). */
  next: Route[];
  /** Present when the scene ends the session. */
  ending?: Ending;
  /** Source line of the scene heading. */
  line: number;
}

/** A complete, validated session script. */
export interface Script {
  /** Version of this compiled format; bump when the shape changes. */
  format: typeof SCRIPT_FORMAT;
  /** Stable module id. */
  id: string;
  /** Content hash of the source and compiler format; identifies this exact version. */
  hash: string;
  /** Source file, relative to the project. */
  file: string;
  /** Module title. */
  title: string;
  /** One-paragraph summary (plain text). */
  summary: string;
  /** Introduction shown before the session begins (sanitised HTML, may be empty). */
  intro: string;
  /** Curriculum track. */
  track: Track;
  /** A whole case in six phases, or a shorter scene. */
  length: ScriptLength;
  /** Catalogue order within the track. */
  order: number;
  /** The clinical setting of the case ("family medicine"). */
  setting: string;
  /** The patient as the group knows them ("Mr Harcourt, 71"), when the script names one. */
  patient?: string;
  /** The objects and details that carry the story. */
  props: string[];
  /** Estimated minutes to play. */
  minutes: number;
  /** Length of the group session the clock represents, in minutes. */
  sessionMinutes: number;
  /** Content notes shown before the session ("death of a patient"). */
  contentNotes: string[];
  /** The learner's seat. */
  seat: Seat;
  /** Everyone in the circle except the learner. */
  cast: CastMember[];
  /** Competency ids practised. */
  competencies: string[];
  /** Ground-rule ids touched. */
  rules: string[];
  /** Leadership-challenge ids contained. */
  challenges: string[];
  /** Ids of linked modules (the same case from other seats). */
  related: string[];
  /** Why this group has one leader, when it does. */
  singleLeader?: string;
  /** Group-climate variables. */
  climate: ClimateVariable[];
  /** Id of the first scene. */
  start: string;
  /** All scenes in source order. */
  scenes: Scene[];
}

/**
 * Version of the compiled Script shape. 2: the judgement model (gives/costs/also feedback, ending
 * kinds, conditional debriefs, debrief-only inner voices, length, patient, props). Bumping it
 * changes every content hash, so saved attempts are replayed from their choice logs.
 */
export const SCRIPT_FORMAT = 2;

/** What the catalogue needs to list a module without loading its scenes. */
export type ScriptSummary = Omit<Script, 'scenes' | 'intro' | 'climate' | 'cast' | 'start'> & {
  /** Number of scenes that offer a choice. */
  decisions: number;
  /** Number of endings. */
  endings: number;
  /** Ending titles and kinds by ending scene id (no kind only in legacy case files). */
  endingTitles: Record<string, { title: string; kind?: string }>;
};

/** A problem found in a script. */
export interface Diagnostic {
  /** Errors fail the build; warnings are reported only. */
  severity: 'error' | 'warning';
  /** Source file. */
  file: string;
  /** 1-based source line. */
  line: number;
  /** What is wrong, in words an author understands. */
  message: string;
}

/** The controlled vocabularies (content/vocabulary.yaml), declared in their own file. */
export type { Competency, Vocabulary, VocabularyTerm } from './vocabulary-types';
