/**
 * The one storage interface the app uses. Views and the session never see how data is stored;
 * `open-repository.ts` picks the implementation in one place (Twine's persistence hooks). Every
 * record read back is checked (`record-checks.ts`) before anyone uses it. Backup needs only two
 * whole-data operations (read all, replace all atomically) plus the time of the last backup; the
 * file format, its checks and the staging live in `backup.ts`, not here.
 */
import type { Attempt, BackupData, SavedAssignment, Settings } from './types';

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
  /** The learner's settings (defaults when never saved). */
  getSettings(): Promise<Settings>;
  /** Save the learner's settings. */
  saveSettings(settings: Settings): Promise<void>;
  /** Every readable attempt (ordered by id) and the settings, for a backup; reads only. */
  exportData(): Promise<BackupData>;
  /**
   * Replace every attempt and the settings with `data`, all or nothing: if any record is invalid
   * or any write fails, the stored data is left exactly as it was.
   */
  replaceData(data: BackupData): Promise<void>;
  /** ISO time of the last backup the learner downloaded on this device, or null if never. */
  lastBackupAt(): Promise<string | null>;
  /** Remember the time of a backup just downloaded. */
  setLastBackupAt(iso: string): Promise<void>;
  /** Assignments the learner added from links, newest added first (unreadable records skipped). */
  listAssignments(): Promise<SavedAssignment[]>;
  /** Create or replace a saved assignment (by id); resolves once the write is durable. */
  saveAssignment(assignment: SavedAssignment): Promise<void>;
  /** Remove a saved assignment; nothing happens when there is none with this id. */
  deleteAssignment(id: string): Promise<void>;
}
