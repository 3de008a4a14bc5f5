/**
 * Restoring a backup that `backup-read.ts` accepted. Before anything is written, every attempt the
 * app would resume is checked by an injected `attemptCheck` (storage never loads scripts or the
 * machine; the app's check is `src/app/attempt-restorable.ts`): one that could not be resumed is
 * restored as set aside, not as an attempt, and the outcome names it. Then `replaceData` replaces
 * the data in one transaction. `newerThanBackup` says beforehand what a restore would take away.
 */
import { KINDS } from './record-kinds';
import { setAsideOf, withUniqueIds } from './set-aside';
import type { BackupEnvelope } from './backup';
import type { ProgressRepository } from './repository';
import type { Attempt, BackupData, SetAsideRecord } from './types';

/**
 * Whether a restored attempt can be resumed: `set-aside` only when it certainly cannot (its script
 * was found and neither its snapshot nor its steps fit it).
 */
export type AttemptCheck = (attempt: Attempt) => Promise<'ok' | 'set-aside'>;

/** How to restore. */
export interface RestoreOptions {
  /** The check on each attempt (without one, every attempt is restored as it is). */
  attemptCheck?: AttemptCheck;
}

/** What a restore did. */
export interface RestoreOutcome {
  /** Attempts restored. */
  attempts: number;
  /** Attempts of the backup restored as set aside because they could not be resumed. */
  notResumable: SetAsideRecord[];
}

/** How much of each kind of data a restore would lose or take back to an older copy. */
export interface RestoreLoss {
  /** Attempts. */
  attempts: number;
  /** Saved assignments. */
  assignments: number;
  /** Reflections. */
  reflections: number;
  /** Case files. */
  library: number;
  /** Set-aside records. */
  setAside: number;
  /** Drafts of the authoring screen. */
  drafts: number;
  /** Receipts the instructor imported. */
  receipts: number;
}

/**
 * What on the device a restore would lose or take back to an older state, per kind of data: records
 * not in the backup, changed after it was made, or of which the backup holds an older copy. A
 * kind of data the backup has no section for is left as it is by a restore, so nothing of it is lost;
 * a set-aside record is lost when the backup replaces its kind and does not hold it.
 */
export function newerThanBackup(current: BackupData, backup: BackupEnvelope): RestoreLoss {
  const made = Date.parse(backup.exportedAt);
  const count = <T>(here: readonly T[] | undefined, there: readonly T[] | undefined, key: (r: T) => string, time: (r: T) => string) => {
    if (!there || !here) return 0;
    const inBackup = new Map(there.map((r) => [key(r), Date.parse(time(r))]));
    return here.filter((r) => {
      const at = Date.parse(time(r));
      const copy = inBackup.get(key(r));
      return at > made || copy === undefined || at > copy;
    }).length;
  };
  const d = backup.data;
  const kept = new Set((d.setAside ?? []).map((r) => `${r.kind} ${r.id}`));
  return {
    attempts: count(current.attempts, d.attempts, (a) => a.id, (a) => a.updatedAt),
    assignments: count(current.assignments, d.assignments, (a) => a.id, (a) => a.addedAt),
    reflections: count(current.reflections, d.reflections, (r) => r.attemptId, (r) => r.updatedAt),
    library: count(current.library, d.library, (l) => l.id, (l) => l.updatedAt),
    setAside: (current.setAside ?? []).filter((r) => d[KINDS[r.kind].section] && !kept.has(`${r.kind} ${r.id}`)).length,
    drafts: count(current.drafts, d.drafts, (r) => r.id, (r) => r.savedAt),
    receipts: count(current.receipts, d.receipts, (r) => r.id, (r) => r.importedAt),
  };
}

/** Replace the device's data with a checked backup. */
export async function restoreBackup(repo: ProgressRepository, backup: BackupEnvelope, options: RestoreOptions = {}): Promise<RestoreOutcome> {
  const attempts: Attempt[] = [];
  const notResumable: SetAsideRecord[] = [];
  for (const attempt of backup.data.attempts) {
    if ((await verdict(attempt, options.attemptCheck)) === 'ok') attempts.push(attempt);
    else notResumable.push(setAsideOf('attempt', attempt.id, 'does-not-resume', attempt));
  }
  const setAside = withUniqueIds([...(backup.data.setAside ?? []), ...notResumable]);
  await repo.replaceData({ ...backup.data, attempts, setAside });
  // The device now holds exactly this backup's data, so that is when it was last backed up.
  await repo.setLastBackupAt(backup.exportedAt).catch(() => undefined);
  return { attempts: attempts.length, notResumable };
}

/** The check's verdict; an attempt the check could not judge (it failed) is restored as it is. */
async function verdict(attempt: Attempt, check: AttemptCheck | undefined): Promise<'ok' | 'set-aside'> {
  try {
    return check ? await check(attempt) : 'ok';
  } catch {
    return 'ok';
  }
}
