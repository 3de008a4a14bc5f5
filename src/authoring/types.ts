/**
 * The authoring screen's domain types: the draft an instructor is writing, kept on the device
 * between visits, and the one small interface it is kept behind. Storage is being reworked, so
 * the screen is written against `DraftStore` only; the app context provides the implementation
 * (memory today, `memory-draft-store.ts`; the repository's IndexedDB later).
 */

/** Version of the Draft record shape (checked where a draft is read: `read-draft.ts`). */
export const DRAFT_VERSION = 1;

/** The script being written on the authoring screen. */
export interface Draft {
  /** Record shape version. */
  v: typeof DRAFT_VERSION;
  /** The script text, exactly as written. */
  text: string;
  /** The file name it was opened as, and is checked and downloaded under. */
  fileName: string;
  /** ISO time it was saved. */
  savedAt: string;
}

/** Where the authoring screen keeps its one draft. */
export interface DraftStore {
  /** The saved draft, if there is one. */
  load(): Promise<Draft | undefined>;
  /** Replace the saved draft; resolves once it is kept. */
  save(d: Draft): Promise<void>;
  /** Forget the saved draft. */
  clear(): Promise<void>;
  /** True when a saved draft outlives reloading or closing the page; false when it lives in memory. */
  readonly durable: boolean;
}

/** Where the draft stands, for the status line and the warning before leaving. */
export type DraftStatus =
  /** Nothing written, nothing kept. */
  | 'empty'
  /** Changed since the last save; a save is due. */
  | 'unsaved'
  /** A save is under way. */
  | 'saving'
  /** The text on screen is the text kept. */
  | 'saved'
  /** The last save failed (the store refused it). */
  | 'failed'
  /** The text is longer than a script may be, so it is not kept. */
  | 'too-long';

/** Why leaving now would lose the author's text. */
export type LeaveRisk =
  /** Changes are not saved yet (or could not be). */
  | 'unsaved'
  /** Everything is saved, but only in memory: reloading or closing the page loses it. */
  | 'not-kept';

/** A run of text in the format guide (README Markdown made plain data: no HTML anywhere). */
export type GuideInline =
  /** Plain text (a link's text too: the guide links nowhere). */
  | { kind: 'text'; text: string }
  /** `code`, as written. */
  | { kind: 'code'; text: string }
  /** **strong** or *emphasised* text. */
  | { kind: 'strong' | 'em'; children: GuideInline[] };

/** A block of the format guide. */
export type GuideBlock =
  /** A heading, at the README's own level (`##` 2, `###` 3). */
  | { kind: 'heading'; level: 2 | 3 | 4; children: GuideInline[] }
  /** A paragraph. */
  | { kind: 'paragraph'; children: GuideInline[] }
  /** A list, each item a run of text. */
  | { kind: 'list'; ordered: boolean; items: GuideInline[][] }
  /** A table: header cells, then rows of cells. */
  | { kind: 'table'; header: GuideInline[][]; rows: GuideInline[][][] }
  /** A code block, as written. */
  | { kind: 'code'; text: string };
