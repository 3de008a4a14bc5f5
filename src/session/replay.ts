/**
 * The one walk of the scene machine along a choice log. Resume uses it to carry a save made against
 * an older version of a script onto the current one (or a save whose snapshot cannot be read), Go
 * back uses it to rebuild the state before the last choice, the LMS uses it to rebuild an attempt
 * from its suspend data (whose steps carry no scene: the walk fills them in), the debrief of an
 * earlier attempt uses it, and so do the tests. Every step must be accepted by the machine exactly
 * as logged; the first one that is not stops the walk and says which and why, as a code with its
 * data (the callers choose the words), so a changed script never leaves anyone in a silently wrong
 * state.
 */
import { initialTransition, transition } from 'xstate';
import type { SessionMachine } from '../machine/session-machine';
import type { SessionEvent } from '../machine/types';
import type { Step } from '../storage/types';

/** A snapshot of the session (scene) machine. */
export type SessionSnapshot = ReturnType<typeof initialTransition<SessionMachine>>[0];

/** A step to replay: a logged step, or one whose scene is not known yet (an LMS's log has none). */
export type ReplayStep = { type: 'choice'; choice: string; scene?: string; at: string } | { type: 'continue'; scene?: string; at: string };

/** Why a replay stopped. */
export type ReplayProblem =
  /** The session had reached an ending before this step. */
  | { code: 'after-ending' }
  /** The step was logged in another scene than the one the walk reached. */
  | { code: 'other-scene'; logged: string; reached: string }
  /** The step's choice is not offered in the scene reached. */
  | { code: 'not-offered'; scene: string; choice: string }
  /** The scene reached cannot move on without a choice. */
  | { code: 'cannot-continue'; scene: string };

/** Result of a replay: the snapshot and the steps with their scenes, or where and why it stopped. */
export type ReplayResult =
  | { ok: true; snapshot: SessionSnapshot; steps: Step[] }
  | { ok: false; failedAt: number; problem: ReplayProblem };

/** The machine event a logged step stands for. */
export function stepEvent(step: ReplayStep): SessionEvent {
  return step.type === 'choice' ? { type: 'choice.select', choiceId: step.choice } : { type: 'scene.continue' };
}

/** Walk the machine from its start along `steps`. Pure. */
export function replay(machine: SessionMachine, steps: readonly ReplayStep[]): ReplayResult {
  let [snapshot] = initialTransition(machine, {});
  const walked: Step[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const scene = String(snapshot.value);
    if (snapshot.status !== 'active') return { ok: false, failedAt: i, problem: { code: 'after-ending' } };
    if (step.scene !== undefined && step.scene !== scene) return { ok: false, failedAt: i, problem: { code: 'other-scene', logged: step.scene, reached: scene } };
    const event = stepEvent(step);
    if (!snapshot.can(event)) {
      const problem: ReplayProblem = step.type === 'choice' ? { code: 'not-offered', scene, choice: step.choice } : { code: 'cannot-continue', scene };
      return { ok: false, failedAt: i, problem };
    }
    [snapshot] = transition(machine, snapshot, event);
    walked.push(step.type === 'choice' ? { type: 'choice', scene, choice: step.choice, at: step.at } : { type: 'continue', scene, at: step.at });
  }
  return { ok: true, snapshot, steps: walked };
}
