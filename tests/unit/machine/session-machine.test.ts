import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { createSessionMachine } from '../../../src/machine/session-machine';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const machine = createSessionMachine(script);

describe('session machine', () => {
  it('starts in the first scene with its lines on the trail', () => {
    const [s] = initialTransition(machine, {});
    expect(s.value).toBe('ask');
    expect(s.context.trail).toEqual([{ scene: 'ask', lines: [0], climate: { safety: 50 } }]);
    expect(s.hasTag('phase:questions')).toBe(true);
  });

  it('applies a choice: effects, chosen list and target scene', () => {
    const [s0] = initialTransition(machine, {});
    const [s1] = transition(machine, s0, { type: 'choice.select', choiceId: 'protect' });
    expect(s1.value).toBe('discuss');
    expect(s1.context.climate.safety).toBe(70);
    expect(s1.context.chosen).toEqual(['protect']);
    expect(s1.context.trail[0]!.choice).toBe('protect');
  });

  it('shows a conditional line only when its condition holds on entry', () => {
    const [s0] = initialTransition(machine, {});
    const [safe] = transition(machine, s0, { type: 'choice.select', choiceId: 'protect' });
    const [unsafe] = transition(machine, s0, { type: 'choice.select', choiceId: 'wait' });
    expect(safe.context.trail[1]!.lines).toEqual([1]);
    expect(unsafe.context.trail[1]!.lines).toEqual([0, 1]);
  });

  it('offers a conditional choice only after the earlier choice it depends on', () => {
    const [s0] = initialTransition(machine, {});
    const [safe] = transition(machine, s0, { type: 'choice.select', choiceId: 'protect' });
    expect(safe.can({ type: 'choice.select', choiceId: 'rescue' })).toBe(false);
    const [unsafe] = transition(machine, s0, { type: 'choice.select', choiceId: 'wait' });
    expect(unsafe.can({ type: 'choice.select', choiceId: 'rescue' })).toBe(true);
  });

  it('routes on accumulated climate after the choice', () => {
    const [s0] = initialTransition(machine, {});
    const [safe] = transition(machine, s0, { type: 'choice.select', choiceId: 'protect' });
    const [end] = transition(machine, safe, { type: 'choice.select', choiceId: 'hold' });
    expect(end.value).toBe('open');
    expect(end.status).toBe('done');
    const [unsafe] = transition(machine, s0, { type: 'choice.select', choiceId: 'wait' });
    const [end2] = transition(machine, unsafe, { type: 'choice.select', choiceId: 'hold' });
    expect(end2.value).toBe('guarded');
  });

  it('ignores a choice that is not offered in the current scene', () => {
    const [s0] = initialTransition(machine, {});
    const [same] = transition(machine, s0, { type: 'choice.select', choiceId: 'hold' });
    expect(same.value).toBe('ask');
    expect(same.context.chosen).toEqual([]);
  });

  it('round-trips a persisted snapshot through an actor', () => {
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'choice.select', choiceId: 'wait' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const restored = createActor(machine, { snapshot: saved, input: {} }).start();
    expect(restored.getSnapshot().value).toBe('discuss');
    expect(restored.getSnapshot().context).toEqual(JSON.parse(JSON.stringify(saved)).context);
    restored.send({ type: 'choice.select', choiceId: 'rescue' });
    expect(restored.getSnapshot().value).toBe('guarded');
  });
});
