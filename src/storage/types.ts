/**
 * Records the app keeps between visits. Each carries `schema` so readers can check what they are
 * reading; the Dexie schema is versioned separately (see `dexie-repository.ts`), and so is the
 * backup file (`backup.ts`), whose `data` section is `BackupData`.
 */

/** Version of the Attempt record shape. */
export const ATTEMPT_SCHEMA = 1;

/** One step the learner took, in order: the choice log a session can be replayed from. */
export type Step =
  /** A choice picked in a scene. */
  | { type: 'choice'; scene: string; choice: string; at: string }
  /** Moving on from a scene without choices. */
  | { type: 'continue'; scene: string; at: string };

/** A step that was taken back with "Go back one choice". */
export interface UndoneStep {
  /** The step that was removed. */
  step: Step;
  /** When it was taken back (ISO time). */
  undoneAt: string;
}

/** One play-through of one module. */
export interface Attempt {
  /** Record shape version. */
  schema: typeof ATTEMPT_SCHEMA;
  /** Random id. */
  id: string;
  /** Module (script) id. */
  moduleId: string;
  /** Content hash of the script version the attempt was played against. */
  scriptHash: string;
  /** `active` until an ending is reached; `abandoned` when the learner started over. */
  status: 'active' | 'completed' | 'abandoned';
  /** ISO time the attempt started. */
  startedAt: string;
  /** ISO time of the last step. */
  updatedAt: string;
  /** Milliseconds of active play (gaps over five minutes count as five). */
  activeMs: number;
  /** The steps taken, in order. */
  steps: Step[];
  /** Steps taken back, in the order they were undone. */
  undone: UndoneStep[];
  /** The machine's persisted snapshot after the last step (JSON). */
  snapshot: unknown;
  /** Scene id the attempt is at. */
  sceneId: string;
  /** Climate after the last step. */
  climate: Record<string, number>;
  /** Ending scene id once completed. */
  endingId?: string;
}

/** What a tab last saw of an attempt: the fields that change whenever the attempt moves on. */
export type SeenAttempt = Pick<Attempt, 'schema' | 'updatedAt' | 'status' | 'steps' | 'undone'>;

/** What a save conditional on the stored attempt did: `saved`, or `moved-on` (it had changed since it was seen; nothing written). */
export type AttemptSaveOutcome = 'saved' | 'moved-on';

/** How feedback on a choice is shown. */
export type FeedbackMode = 'immediate' | 'debrief';

/** The learner's preferences. */
export interface Settings {
  /** Record shape version. */
  schema: 1;
  /** Feedback at once after each choice, or held until the debrief. */
  feedbackMode: FeedbackMode;
  /** Lines appear one by one at a readable pace, or all at once. */
  pace: 'readable' | 'instant';
  /** Where the live group climate shows in the room during play: leader-track sessions only, every session, or none (absent in older records: 'leader'). */
  liveClimate: LiveClimate;
}

/** Which sessions show the live group climate in the room. */
export type LiveClimate = 'leader' | 'all' | 'none';

/** Settings for a learner who never changed them. */
export const DEFAULT_SETTINGS: Settings = { schema: 1, feedbackMode: 'immediate', pace: 'readable', liveClimate: 'leader' };

/** Version of the BackupMeta record shape. */
export const BACKUP_META_SCHEMA = 1;

/**
 * Facts about backups of this device. Kept apart from Settings on purpose: it is not a preference
 * (so it is not itself backed up or restored), and the Settings form saves the whole Settings
 * record it loaded, which would overwrite a newer time with a stale one.
 */
export interface BackupMeta {
  /** Record shape version. */
  schema: typeof BACKUP_META_SCHEMA;
  /** ISO time the learner last downloaded a backup, or null if never. */
  lastBackupAt: string | null;
}

/**
 * Everything a learner has, as a backup holds it. Kinds of data added after the first backup
 * version are optional sections: a file without a section leaves that kind of data on the device
 * as it is, a file with one (even empty) replaces it.
 */
export interface BackupData {
  /** Every readable attempt, ordered by id. */
  attempts: Attempt[];
  /** The learner's settings. */
  settings: Settings;
  /** Assignments added from links, ordered by id (backup version 2 on). */
  assignments?: SavedAssignment[];
  /** Private reflections, ordered by id (backup version 2 on). */
  reflections?: Reflection[];
  /** Case files in the learner's library, ordered by id (backup version 2 on). */
  library?: LibraryScript[];
  /** Records set aside because they could not be read or resumed, ordered by kind and id (backup version 3 on). */
  setAside?: SetAsideRecord[];
  /** Drafts of the authoring screen, ordered by id (backup version 4 on). */
  drafts?: StoredDraft[];
  /** Receipt files the instructor imported, ordered by id (backup version 4 on). */
  receipts?: StoredReceipt[];
}

/** Version of the SavedAssignment record shape. */
export const SAVED_ASSIGNMENT_SCHEMA = 1;

/**
 * An assignment the learner added to "My assignments" from a link. Only the link payload is kept:
 * it is decoded and checked again on every read (`src/assignments/my-assignments.ts`), so a stored
 * record is never trusted more than the link it came from.
 */
export interface SavedAssignment {
  /** Record shape version. */
  schema: typeof SAVED_ASSIGNMENT_SCHEMA;
  /** The assignment's content id (the same assignment always has the same id). */
  id: string;
  /** The link payload (base64url JSON, as after `#/assignment/`). */
  payload: string;
  /** ISO time it was added. */
  addedAt: string;
}

/** Version of the Reflection record shape. */
export const REFLECTION_SCHEMA = 1;

/**
 * A private note the learner writes about one attempt, at its debrief. It never leaves the device
 * except in a backup the learner downloads or a receipt where they tick it.
 */
export interface Reflection {
  /** Record shape version. */
  schema: typeof REFLECTION_SCHEMA;
  /** The attempt it is about; also the record's id (one reflection per attempt). */
  attemptId: string;
  /** Module (script) id of that attempt. */
  moduleId: string;
  /** What the learner wrote (plain text, shown as text). */
  text: string;
  /** ISO time it was first saved. */
  createdAt: string;
  /** ISO time it was last changed. */
  updatedAt: string;
}

/** Version of the LibraryScript record shape. */
export const LIBRARY_SCRIPT_SCHEMA = 1;

/**
 * A case file (a script in the content format) the learner imported or wrote. Only the source is
 * kept: it is compiled again, by the same checks as on import, every time it is opened, so a
 * stored record is never trusted more than the file it came from.
 */
export interface LibraryScript {
  /** Record shape version. */
  schema: typeof LIBRARY_SCRIPT_SCHEMA;
  /** The script's id (its front matter `id`); never the id of a built-in module. */
  id: string;
  /** Content hash of the compiled script, as attempts and receipts name it. */
  hash: string;
  /** The script's title, for lists (the compiled script is the authority). */
  title: string;
  /** The Markdown source, exactly as imported. */
  source: string;
  /** Name of the file it came from (shown to the learner). */
  fileName: string;
  /** ISO time it was first added. */
  addedAt: string;
  /** ISO time it was last replaced by a newer file. */
  updatedAt: string;
}

/** Version of the StoredDraft record shape. */
export const STORED_DRAFT_SCHEMA = 1;

/**
 * A script being written on the authoring screen, saved as the author types so that reloading,
 * closing the page or leaving the screen loses nothing. It is the learner's own data: listed in
 * backups and restored with them.
 */
export interface StoredDraft {
  /** Record shape version. */
  schema: typeof STORED_DRAFT_SCHEMA;
  /** Which draft it is (the authoring screen keeps one, `authoring`). */
  id: string;
  /** The script text, exactly as written (may be empty of meaning, never checked as a script here). */
  source: string;
  /** The file name it is checked and downloaded under. */
  fileName: string;
  /** ISO time it was saved. */
  savedAt: string;
}

/** Version of the StoredReceipt record shape. */
export const STORED_RECEIPT_SCHEMA = 1;

/**
 * A receipt file the instructor imported, kept until they remove it so the cohort table survives
 * closing the page. Only the file's text is kept: it is checked again as a receipt every time it is
 * read (`src/assignments/receipt-read.ts`), exactly as when it was imported.
 */
export interface StoredReceipt {
  /** Record shape version. */
  schema: typeof STORED_RECEIPT_SCHEMA;
  /** Record id (random, 16 hex digits). */
  id: string;
  /** The file's name as picked (plain text). */
  fileName: string;
  /** The file's text, exactly as imported. */
  source: string;
  /** ISO time it was imported. */
  importedAt: string;
}

/** Version of the SetAsideRecord shape. */
export const SET_ASIDE_SCHEMA = 1;

/** The kinds of record that can be set aside (each has its own table and backup section). */
export type RecordKind = 'attempt' | 'assignment' | 'reflection' | 'library' | 'draft' | 'receipt';

/**
 * Why a record was set aside: `unreadable` when it does not match its schema (damaged, or written
 * by a newer app), `does-not-resume` when a restored attempt fits its schema but neither its saved
 * place nor its steps fit its module.
 */
export type SetAsideReason = 'unreadable' | 'does-not-resume';

/**
 * A record the app keeps but does not use. Nothing is dropped silently: a set-aside record is
 * listed in Settings, carried in backups, and brought back by a restore once it is usable again.
 */
export interface SetAsideRecord {
  /** Record shape version. */
  schema: typeof SET_ASIDE_SCHEMA;
  /** What kind of record it is. */
  kind: RecordKind;
  /** The key it was stored under, as text (unique among set-aside records of its kind). */
  id: string;
  /** Why it is not used. */
  reason: SetAsideReason;
  /** The record exactly as it was found (as JSON), never used until it passes its checks. */
  record: unknown;
}

/** A kind of record, or a set-aside record, as a refusal names it. */
export type RefusedKind = RecordKind | 'set-aside';

/**
 * Why the repository refused to write (nothing is written then); views word it
 * (`m.storage.refusal`). Only the app's own bugs reach these: files are checked as they are read.
 */
export type StorageRefusalCode =
  | { /** A record to save does not pass its kind's check. */ code: 'invalid-record'; /** The record's kind. */ kind: RecordKind }
  | { /** The settings to save are not valid. */ code: 'invalid-settings' }
  | { /** The time of the last backup is not a real time as the app writes it. */ code: 'invalid-backup-time' }
  | { /** The settings to restore are not valid. */ code: 'invalid-restore-settings' }
  | { /** A restore holds more records of a kind than a device keeps. */ code: 'too-many'; /** The records' kind. */ kind: RecordKind; /** Most a device keeps. */ max: number }
  | { /** A record to restore does not pass its kind's check. */ code: 'invalid-restore-record'; /** The record's kind. */ kind: RefusedKind; /** Its place in its section, from 1. */ position: number }
  | { /** Two records of a kind to restore have one key. */ code: 'duplicate-restore-id'; /** The records' kind. */ kind: RefusedKind; /** The key they share. */ id: string };
