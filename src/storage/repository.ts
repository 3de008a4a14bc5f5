/**
 * The one storage interface the app uses. Views and the session never see how data is stored;
 * `open-repository.ts` picks the implementation in one place (Twine's persistence hooks), and both
 * implementations are the same code (`table-repository.ts`) over different tables. Every record is
 * checked (`record-kinds.ts`) when it is written and when it is read back; one that fails on read
 * is set aside, never silently dropped. Backup needs only two whole-data operations (read all,
 * replace all atomically) plus the time of the last backup; the file format, its checks and the
 * staging live in `backup*.ts`, not here. Every kind of record (attempts, assignments,
 * reflections, case files, drafts, imported receipts) has the same few verbs: list, save, delete.
 */
import type { Attempt, AttemptSaveOutcome, BackupData, LibraryScript, Reflection, SavedAssignment, SeenAttempt, SetAsideRecord, Settings, StoredDraft, StoredReceipt } from './types';

/** Where progress and settings live. */
export interface ProgressRepository {
  /** An attempt by id. */
  getAttempt(id: string): Promise<Attempt | undefined>;
  /** The newest active (unfinished) attempt of a module. */
  activeAttempt(moduleId: string): Promise<Attempt | undefined>;
  /** Every attempt, newest first. */
  listAttempts(): Promise<Attempt[]>;
  /** Create or replace an attempt; resolves only once the write is durable. */
  saveAttempt(attempt: Attempt): Promise<void>;
  /**
   * Save an attempt only if the stored one is still as `seen` (same record version, `updatedAt`
   * and status, as many steps and undos), reading and writing in one transaction so that no other
   * save (another tab's) can come between; `'moved-on'`, with nothing written, when it is not. An
   * attempt not stored at all is saved. Resolves only once the write is durable.
   */
  saveAttemptIfUnchanged(attempt: Attempt, seen: SeenAttempt): Promise<AttemptSaveOutcome>;
  /** The learner's settings (defaults when never saved). */
  getSettings(): Promise<Settings>;
  /** Save the learner's settings. */
  saveSettings(settings: Settings): Promise<void>;
  /**
   * Everything, for a backup (reads only): each kind's readable records ordered by id, the
   * settings, and every set-aside record (`setAside`, ordered by kind and id).
   */
  exportData(): Promise<BackupData>;
  /**
   * Replace every attempt, the settings, and each optional section `data` has (assignments,
   * reflections, library) with `data`, all or nothing: if any record is invalid or any write
   * fails, the stored data is left exactly as it was. Sections `data` lacks are left as they are.
   * The set-aside records of each kind replaced are replaced by those of `data.setAside`.
   */
  replaceData(data: BackupData): Promise<void>;
  /** ISO time of the last backup the learner downloaded on this device, or null if never. */
  lastBackupAt(): Promise<string | null>;
  /** Remember the time of a backup just downloaded. */
  setLastBackupAt(iso: string): Promise<void>;
  /** Assignments the learner added from links, newest added first (unreadable records set aside). */
  listAssignments(): Promise<SavedAssignment[]>;
  /** Create or replace a saved assignment (by id); resolves once the write is durable. */
  saveAssignment(assignment: SavedAssignment): Promise<void>;
  /** Remove a saved assignment; nothing happens when there is none with this id. */
  deleteAssignment(id: string): Promise<void>;
  /** Reflections, newest changed first (unreadable records set aside). */
  listReflections(): Promise<Reflection[]>;
  /** The reflection on one attempt, if the learner wrote one. */
  getReflection(attemptId: string): Promise<Reflection | undefined>;
  /** Create or replace the reflection on an attempt; resolves once the write is durable. */
  saveReflection(reflection: Reflection): Promise<void>;
  /** Remove the reflection on an attempt; nothing happens when there is none. */
  deleteReflection(attemptId: string): Promise<void>;
  /** Case files in the library, by title (unreadable records set aside). */
  listLibrary(): Promise<LibraryScript[]>;
  /** A case file by script id. */
  getLibraryScript(id: string): Promise<LibraryScript | undefined>;
  /** Create or replace a case file (by script id); resolves once the write is durable. */
  saveLibraryScript(script: LibraryScript): Promise<void>;
  /** Remove a case file (attempts played on it stay); nothing happens when there is none. */
  deleteLibraryScript(id: string): Promise<void>;
  /** The authoring screen's drafts, newest saved first (unreadable records set aside). */
  listDrafts(): Promise<StoredDraft[]>;
  /** A draft by id. */
  getDraft(id: string): Promise<StoredDraft | undefined>;
  /** Create or replace a draft (by id); resolves once the write is durable. */
  saveDraft(draft: StoredDraft): Promise<void>;
  /** Remove a draft; nothing happens when there is none with this id. */
  deleteDraft(id: string): Promise<void>;
  /** Receipt files the instructor imported, in import order (unreadable records set aside). */
  listReceipts(): Promise<StoredReceipt[]>;
  /** Create or replace an imported receipt (by id); resolves once the write is durable. */
  saveReceipt(receipt: StoredReceipt): Promise<void>;
  /** Remove an imported receipt; nothing happens when there is none with this id. */
  deleteReceipt(id: string): Promise<void>;
  /** Records kept but not used (they could not be read, or a restored attempt could not be resumed), by kind and id. */
  listSetAside(): Promise<SetAsideRecord[]>;
}
