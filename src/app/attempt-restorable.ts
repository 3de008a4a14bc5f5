/**
 * The restore's check on attempts (issue 15, "never stuck loading"): storage cannot load scripts or
 * the machine, so `restoreBackup` takes this check as its `attemptCheck`. An attempt is restored as
 * set aside only when the app knows for certain that opening it could not resume it.
 *
 * What is honest, decided here:
 * - Only an active attempt is checked, because only an active attempt is ever resumed. A finished
 *   or abandoned one never goes back into the machine (its debrief replays its steps, and says so
 *   when it cannot), so it is restored as it is.
 * - When the attempt's script cannot be found (a case file in neither the backup nor the library,
 *   a module no longer in the app) or no longer compiles, nothing can be said about its snapshot:
 *   the attempt is restored as it is and listed under Progress, and opening it says the module is
 *   missing or the case file no longer passes the checks, which is a way out, not a stuck screen.
 * - Otherwise it is kept exactly when opening it would resume it: the check is the session's own
 *   (`restoreAttempt`): its snapshot, saved on this very version of the script, restores to a
 *   playable state of it, or its steps replay from the start. If neither, it is set aside.
 */
import { loadScript } from '../catalog/catalog';
import { loadLibraryScript } from '../library/load-any-script';
import { createSessionMachine, type SessionMachine } from '../machine/session-machine';
import type { Script } from '../script/types';
import { restoreAttempt } from '../session/restore-attempt';
import type { AttemptCheck } from '../storage/backup-restore';
import type { ProgressRepository } from '../storage/repository';
import type { BackupData } from '../storage/types';

/** The script of a module id, or undefined when there is none; may reject when a case file no longer compiles. */
export type ScriptFinder = (moduleId: string) => Promise<Script | undefined>;

/**
 * Scripts as they will be once `data` is restored: a built-in module first (a case file may never
 * take its id), then the case file of the backup's library, or of the device's library when the
 * backup has no library section (a restore leaves the device's library as it is then). Each module
 * is looked up and compiled once.
 */
export function scriptsAfterRestore(data: BackupData, device: Pick<ProgressRepository, 'getLibraryScript'>): ScriptFinder {
  const found = new Map<string, Promise<Script | undefined>>();
  const find = async (id: string) => {
    const builtIn = await loadScript(id);
    if (builtIn) return builtIn;
    const record = data.library ? data.library.find((l) => l.id === id) : await device.getLibraryScript(id);
    return record ? loadLibraryScript(record) : undefined;
  };
  return (id) => {
    let script = found.get(id);
    if (!script) found.set(id, (script = find(id)));
    return script;
  };
}

/** The check `restoreBackup` takes, over the scripts `find` gives. */
export function attemptRestorable(find: ScriptFinder): AttemptCheck {
  const machines = new WeakMap<Script, SessionMachine>();
  return async (attempt) => {
    if (attempt.status !== 'active') return 'ok';
    const script = await find(attempt.moduleId).catch(() => undefined);
    if (!script) return 'ok';
    let machine = machines.get(script);
    if (!machine) machines.set(script, (machine = createSessionMachine(script)));
    return restoreAttempt(machine, script, attempt).ok ? 'ok' : 'set-aside';
  };
}

/** The check for restoring `data` into the device whose library is `device`. */
export function restoreCheck(data: BackupData, device: Pick<ProgressRepository, 'getLibraryScript'>): AttemptCheck {
  return attemptRestorable(scriptsAfterRestore(data, device));
}
