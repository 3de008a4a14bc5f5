/**
 * Rebuilding a machine snapshot from a choice log. Used to go back one choice, and to carry a save
 * made against an older version of a script onto the current one. Every step must be accepted by
 * the machine exactly as logged; the first one that is not stops the replay and says which, so a
 * changed script never leaves the learner in a silently wrong state.
 */
import { initialTransition, transition } from 'xstate';
import type { SessionMachine } from '../machine/session-machine';
import type { SessionEvent } from '../machine/types';
import type { Step } from '../storage/types';

/** A snapshot of the session machine. */
export type SessionSnapshot = ReturnType<typeof initialTransition<SessionMachine>>[0];

/** Result of a replay. */
export type ReplayResult = { ok: true; snapshot: SessionSnapshot } | { ok: false; failedAt: number; reason: string };

/** The machine event a logged step stands for. */
export function stepEvent(step: Step): SessionEvent {
  return step.type === 'choice' ? { type: 'choice.select', choiceId: step.choice } : { type: 'scene.continue' };
}

/** Replay steps from the start. */
export function replay(machine: SessionMachine, steps: readonly Step[]): ReplayResult {
  let [snapshot] = initialTransition(machine, {});
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (snapshot.status !== 'active') return { ok: false, failedAt: i, reason: 'the session ended before this step' };
    if (String(snapshot.value) !== step.scene) return { ok: false, failedAt: i, reason: `expected scene "${step.scene}", found "${String(snapshot.value)}"` };
    const event = stepEvent(step);
    if (!snapshot.can(event)) return { ok: false, failedAt: i, reason: step.type === 'choice' ? `choice "${step.choice}" is no longer offered` : 'the scene cannot continue' };
    [snapshot] = transition(machine, snapshot, event);
  }
  return { ok: true, snapshot };
}
