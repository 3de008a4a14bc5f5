/**
 * What each new choice of an attempt was, for its `answered` statement: the decision's scene, the
 * choice, the choices that were on offer at that moment (conditions decide them, so they are
 * recomputed from the state before the choice), the climate after it, and the time it took.
 * Computed by walking the attempt's choice log through the session machine with XState's pure
 * `transition`, the same walk a replay makes, so it never disagrees with what the learner saw.
 */
import { initialTransition, transition } from 'xstate';
import { createSessionMachine } from '../../machine/session-machine';
import { offeredChoices } from '../../script/semantics';
import type { Script } from '../../script/types';
import { stepEvent } from '../../session/replay';
import type { Step } from '../../storage/types';
import type { AnswerFacts } from './types';

/**
 * Facts of every choice among `steps[from…]` (steps before `from` were reported already). A step
 * the machine does not accept stops the walk: what follows it is not reported.
 * `startedAt` is when the attempt began (the first step's latency is counted from it).
 */
export function choiceFacts(script: Script, steps: readonly Step[], from: number, startedAt: string): AnswerFacts[] {
  const machine = createSessionMachine(script);
  const scenes = new Map(script.scenes.map((s) => [s.id, s]));
  let [snapshot] = initialTransition(machine, {});
  const out: AnswerFacts[] = [];
  let previousAt = startedAt;
  for (const [i, step] of steps.entries()) {
    const event = stepEvent(step);
    if (snapshot.status !== 'active' || !snapshot.can(event)) break;
    const scene = scenes.get(String(snapshot.value));
    const offered = scene ? offeredChoices(scene, snapshot.context) : [];
    [snapshot] = transition(machine, snapshot, event);
    if (i >= from && step.type === 'choice' && scene) {
      const choice = offered.find((c) => c.id === step.choice);
      if (choice) {
        const latency = Date.parse(step.at) - Date.parse(previousAt);
        out.push({ script, scene, choice, offered, climate: { ...snapshot.context.climate }, at: step.at, ...(Number.isFinite(latency) && latency >= 0 ? { latencyMs: latency } : {}) });
      }
    }
    previousAt = step.at;
  }
  return out;
}
