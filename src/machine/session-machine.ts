/**
 * Script → XState v5 machine. One state per scene; the config is plain data (targets by scene id,
 * guards and actions referenced by name with params) and every implementation lives in the one
 * `setup()`, which delegates to the shared rules in `script/semantics.ts`. The machine depends on
 * the Script types only, never on the compiler.
 */
import { assign, setup } from 'xstate';
import { applyEffects, holds, startClimate, visibleLines, type PlayState } from '../script/semantics';
import type { Condition, Scene, Script } from '../script/types';
import type { SessionContext, SessionEvent, SessionInput } from './types';

/** Build the machine for one script. */
export function createSessionMachine(script: Script) {
  const scenes = new Map(script.scenes.map((s) => [s.id, s]));
  const choices = new Map(script.scenes.flatMap((s) => s.choices.map((c) => [c.id, { scene: s, choice: c }] as const)));
  const play = (c: SessionContext): PlayState => ({ climate: c.climate, chosen: c.chosen, visited: c.visited });

  const machine = setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      input: {} as SessionInput,
    },
    guards: {
      /** The event picks this choice, the choice is offered now, and this route holds after its effects. */
      choiceRoute: ({ context, event }, params: { choice: string; when?: Condition }) => {
        if (event.type !== 'choice.select' || event.choiceId !== params.choice) return false;
        const found = choices.get(params.choice);
        if (!found || !holds(found.choice.when, play(context))) return false;
        const after: PlayState = { ...play(context), climate: applyEffects(context.climate, found.choice.effects), chosen: [...context.chosen, params.choice] };
        return holds(params.when, after);
      },
      /** This `Next` route holds now. */
      nextRoute: ({ context }, params: { when?: Condition }) => holds(params.when, play(context)),
    },
    actions: {
      /** Record the scene on the trail with the lines visible on entry. */
      enterScene: assign(({ context }, params: { scene: string }) => {
        const scene = scenes.get(params.scene)!;
        const visited = [...context.visited, scene.id];
        const lines = visibleLines(scene, { climate: context.climate, chosen: context.chosen, visited });
        return { visited, trail: [...context.trail, { scene: scene.id, lines, climate: context.climate }] };
      }),
      /** Apply a choice's effects and note it on the trail. */
      applyChoice: assign(({ context }, params: { choice: string }) => {
        const { choice } = choices.get(params.choice)!;
        const trail = context.trail.slice();
        const last = trail[trail.length - 1];
        if (last) trail[trail.length - 1] = { ...last, choice: choice.id };
        return { climate: applyEffects(context.climate, choice.effects), chosen: [...context.chosen, choice.id], trail };
      }),
    },
  }).createMachine({
    id: `session:${script.id}`,
    context: ({ input }) => ({ climate: { ...startClimate(script), ...(input?.climate ?? {}) }, chosen: [], visited: [], trail: [] }),
    initial: script.start,
    states: Object.fromEntries(script.scenes.map((scene) => [scene.id, sceneState(scene)])) as Record<string, ReturnType<typeof sceneState>>,
  });
  return machine;
}

function sceneState(scene: Scene) {
  const tags = [`phase:${scene.phase}`, scene.ending ? 'ending' : scene.choices.length ? 'choosing' : 'continuing'];
  if (scene.ending) {
    return { type: 'final' as const, tags, entry: { type: 'enterScene' as const, params: { scene: scene.id } } };
  }
  return {
    tags,
    entry: { type: 'enterScene' as const, params: { scene: scene.id } },
    on: {
      'choice.select': scene.choices.flatMap((choice) =>
        choice.routes.map((route) => ({
          target: route.target,
          reenter: true,
          guard: { type: 'choiceRoute' as const, params: { choice: choice.id, ...(route.when ? { when: route.when } : {}) } },
          actions: { type: 'applyChoice' as const, params: { choice: choice.id } },
        })),
      ),
      'scene.continue': scene.next.map((route) => ({
        target: route.target,
        reenter: true,
        guard: { type: 'nextRoute' as const, params: { ...(route.when ? { when: route.when } : {}) } },
      })),
    },
  };
}

/** The machine type for one script. */
export type SessionMachine = ReturnType<typeof createSessionMachine>;
