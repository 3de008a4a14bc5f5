/**
 * Bringing a saved attempt back to a scene snapshot, or saying why it cannot be. A saved snapshot
 * is used only when it was made against this very script (same content hash) and, restored, is a
 * playable state of it: active, in the scene the record names, with a context the views can draw
 * (known scenes, lines and choices, finite climate). Anything else (an older script, or a snapshot
 * damaged or forged in a backup) is rebuilt by replaying the attempt's choice log; when that fails
 * too, the attempt cannot be restored, and the caller says so and offers to start again. Nothing
 * here throws: a record is data from storage or a backup, and bad data gets an answer, not a
 * crash. Pure.
 */
import { createActor } from 'xstate';
import type { SessionMachine } from '../machine/session-machine';
import type { SessionContext } from '../machine/types';
import type { Script } from '../script/types';
import type { Attempt } from '../storage/types';
import { indexScript } from './derive';
import { replay, type SessionSnapshot } from './replay';
import type { OpenedAs, RestoreProblem } from './types';

/** A restored attempt, or why it could not be restored. */
export type Restored = { ok: true; snapshot: SessionSnapshot; openedAs: Exclude<OpenedAs, 'new'> } | { ok: false; problem: RestoreProblem };

/** Restore `attempt` of `script` (see the module comment). */
export function restoreAttempt(machine: SessionMachine, script: Script, attempt: Attempt): Restored {
  const sameScript = attempt.scriptHash === script.hash;
  if (sameScript) {
    const restored = fromSaved(machine, attempt.snapshot);
    if (restored && restored.status === 'active' && String(restored.value) === attempt.sceneId && playable(script, restored.context)) {
      return { ok: true, snapshot: restored, openedAs: 'resumed' };
    }
  }
  const r = replay(machine, attempt.steps);
  if (r.ok) return { ok: true, snapshot: r.snapshot, openedAs: sameScript ? 'repaired' : 'replayed' };
  return { ok: false, problem: { code: sameScript ? 'damaged' : 'changed', failedAt: r.failedAt, problem: r.problem } };
}

function fromSaved(machine: SessionMachine, saved: unknown): SessionSnapshot | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  try {
    return createActor(machine, { snapshot: saved as never, input: {} }).getSnapshot();
  } catch {
    return undefined;
  }
}

const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const climate = (x: unknown): x is Record<string, number> =>
  !!x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'number' && Number.isFinite(v));

/** True when the views can draw this context for `script` (see the module comment). */
function playable(script: Script, context: unknown): context is SessionContext {
  const c = context as Partial<SessionContext> | undefined;
  if (!c || !climate(c.climate) || !strings(c.chosen) || !strings(c.visited) || !Array.isArray(c.trail) || !c.trail.length) return false;
  const ix = indexScript(script);
  if (!c.chosen.every((id) => ix.choices.has(id)) || !c.visited.every((id) => ix.scenes.has(id))) return false;
  return c.trail.every((entry: unknown) => {
    const e = entry as Partial<SessionContext['trail'][number]> | undefined;
    const scene = typeof e?.scene === 'string' ? ix.scenes.get(e.scene) : undefined;
    if (!scene || !climate(e!.climate) || !Array.isArray(e!.lines)) return false;
    if (!e!.lines.every((i) => Number.isInteger(i) && i >= 0 && i < scene.lines.length)) return false;
    return e!.choice === undefined || scene.choices.some((ch) => ch.id === e!.choice);
  });
}
