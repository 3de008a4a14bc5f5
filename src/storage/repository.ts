/**
 * The one storage interface the app uses. Views and the session never see how data is stored;
 * `open-repository.ts` picks the implementation in one place (Twine's persistence hooks). Every
 * record read back is checked (`record-checks.ts`) before anyone uses it.
 */
import type { Attempt, Settings } from './types';

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
}
