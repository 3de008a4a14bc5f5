/**
 * Opening a module, started as soon as the app knows it is needed. On a reload of a module's route
 * the shell starts it while the module screen's own code is still loading: the script, "is anything
 * saved here?", and, when something is, the player's code and storage, all in parallel. The module
 * screen then takes what was started (once) instead of starting it again, so resuming an attempt
 * waits for the slowest of these, not for their sum.
 */
import { loadScript } from '../../catalog/catalog';
import { hasSavedData } from '../../storage/has-saved-data';
import { inScormPackage } from '../../lms/package-mode';
import type { Script } from '../../script/types';
import type { ProgressRepository } from '../../storage/repository';

/** The player's code (the session and its screen), loaded once and kept. */
let player: Promise<[typeof import('../../session/session.svelte'), typeof import('./PlayerView.svelte')]> | undefined;

/** Load the player's code (once). */
export function loadPlayer(): NonNullable<typeof player> {
  return (player ??= Promise.all([import('../../session/session.svelte'), import('./PlayerView.svelte')]));
}

/** A module being opened. */
export interface Opening {
  /** The module's id. */
  id: string;
  /** Its script (undefined when no module or case file has the id). */
  script: Promise<Script | undefined>;
  /** Whether anything may be saved here (inside an LMS package, always). */
  saved: Promise<boolean>;
}

/** Opened by the shell before the module screen arrived, not yet taken. */
let early: Opening | undefined;

/** Start opening module `id`, or take the opening the shell started for it. */
export function startOpening(id: string, ready: PromiseLike<ProgressRepository>): Opening {
  if (early?.id === id) {
    const taken = early;
    early = undefined;
    return taken;
  }
  // A built-in module's script is asked for first, before the player's code competes with it for
  // the connection (the resolver below asks again and gets the same module).
  loadScript(id).catch(() => undefined);
  const saved = inScormPackage() ? Promise.resolve(true) : hasSavedData();
  // Something saved here: the player will start at once, so its code and storage load meanwhile.
  saved.then((yes) => {
    if (!yes) return;
    loadPlayer().catch(() => undefined);
    ready.then(undefined, () => undefined);
  }, () => undefined);
  const script = import('../../library/load-any-script').then(({ loadAnyScript }) => loadAnyScript(id, ready));
  script.catch(() => undefined); // the module screen reports a failure; nothing else may call it unhandled
  return { id, script, saved };
}

/** The shell, on a module's route before its screen's code has arrived: start opening it now. */
export function openEarly(id: string, ready: PromiseLike<ProgressRepository>): Opening {
  return (early = startOpening(id, ready));
}
