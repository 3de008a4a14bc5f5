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
  /** Every reason, as codes with their data (worded `file:line: message` by `m.caseFileProblems.text`). */
  problems: CaseFileProblem[];
}

/**
 * Why a case file cannot be imported or played, as a code with its data; views word it
 * (`src/i18n/en/case-file-problems.ts`). `line` is 1-based in the file, 0 when no line applies.
 */
export type CaseFileProblem =
  | {
      /** The compiler found an error (its message is English by design, like every compiler diagnostic). */
      code: 'compile';
      /** The file the compiler names. */
      file: string;
      /** Its line. */
      line: number;
      /** The compiler's message. */
      message: string;
    }
  | {
      /** The compiler gave no script and named no error. */
      code: 'not-compiled';
    }
  | {
      /** The file is over the size limit. */
      code: 'too-large';
      /** Its size in bytes (UTF-8). */
      bytes: number;
      /** The limit in bytes. */
      limit: number;
    }
  | {
      /** The file has no bytes. */
      code: 'empty';
    }
  | {
      /** The browser could not read the file. */
      code: 'unreadable';
    }
  | {
      /** The file is not UTF-8 text. */
      code: 'not-utf8';
      /** It starts with a UTF-16 byte-order mark. */
      utf16: boolean;
    }
  | {
      /** The script's id is a built-in module's. */
      code: 'built-in-id';
      /** The line of `id:`. */
      line: number;
      /** The id. */
      id: string;
    }
  | {
      /** The script's id cannot be a case library key. */
      code: 'bad-id';
      /** The line of `id:`. */
      line: number;
      /** The id. */
      id: string;
    }
  | {
      /** The title holds control, direction-changing or invisible characters. */
      code: 'unsafe-title';
      /** The line of `title:`. */
      line: number;
    }
  | {
      /** The title is over the length limit. */
      code: 'title-too-long';
      /** The line of `title:`. */
      line: number;
      /** Its length in characters. */
      length: number;
      /** The limit in characters. */
      max: number;
    }
  | {
      /** The library holds as many case files as it may. */
      code: 'library-full';
      /** That many. */
      max: number;
    }
  | {
      /** Storage refused to save the file. */
      code: 'not-saved';
      /** Because the browser's store is full. */
      full: boolean;
    }
  | {
      /** A stored record's key is not the id of the script its source compiles to. */
      code: 'id-mismatch';
      /** The script's own id. */
      id: string;
      /** The record's key. */
      key: string;
    };

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
