/**
 * The shapes of the case library: what an import is given and what it answers. Kept apart from the
 * storage record (`LibraryScript` in `src/storage/types.ts`) because these describe one import's
 * outcome, which is shown and then forgotten; only the record is stored.
 */
import type { LibraryScript } from '../storage/types';

/** A case file given as text (pasted, or the authoring screen's script). */
export interface CaseFileText {
  /** The Markdown source, exactly as written. */
  source: string;
  /** Name to show and keep with it ("my-case.md"). */
  fileName: string;
}

/** The file was not imported; nothing was stored. */
export interface CaseFileRefused {
  /** What happened. */
  kind: 'refused';
  /** The file's name. */
  fileName: string;
  /** Every reason, each as `file:line: message` (or `file: message` when no line applies). */
  problems: string[];
}

/** A case file not in the library before, now stored. */
export interface CaseFileAdded {
  /** What happened. */
  kind: 'added';
  /** The file's name. */
  fileName: string;
  /** The record as stored. */
  record: LibraryScript;
}

/** The exact same case file (same content hash) is already in the library; nothing changed. */
export interface CaseFileUnchanged {
  /** What happened. */
  kind: 'unchanged';
  /** The file's name. */
  fileName: string;
  /** The record already stored. */
  record: LibraryScript;
}

/** The library holds another version of this script id; nothing is stored until the learner agrees. */
export interface CaseFileOtherVersion {
  /** What happened. */
  kind: 'other-version';
  /** The file's name. */
  fileName: string;
  /** The record that would replace the stored one (keeps its `addedAt`). */
  record: LibraryScript;
  /** The record stored now. */
  existing: LibraryScript;
}

/** Another version was replaced by this one, after the learner agreed. */
export interface CaseFileReplaced {
  /** What happened. */
  kind: 'replaced';
  /** The file's name. */
  fileName: string;
  /** The record as stored now. */
  record: LibraryScript;
  /** The record it replaced. */
  previous: LibraryScript;
}

/** Outcome of importing one case file. */
export type ImportOutcome = CaseFileRefused | CaseFileAdded | CaseFileUnchanged | CaseFileOtherVersion | CaseFileReplaced;
