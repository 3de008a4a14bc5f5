/**
 * Plans for playing scripts in the browser, computed in Node from the same compiled content the
 * app ships: the shortest path to every ending, and random paths. Steps are what a person does:
 * press the button with this name.
 */
import { loadContent } from '../../../src/tools/load-content';
import { applyEffects, offeredChoices, pickRoute, startClimate, type PlayState } from '../../../src/script/semantics';
import type { Script } from '../../../src/script/types';
import { choiceDisplay, choiceLabel } from '../../../src/script/choice-parts';

/** One thing the player does. */
export type PlanStep = { kind: 'choice'; id: string; name: string } | { kind: 'continue' };

let cache: Script[] | undefined;
/** Every built-in script. */
export function scripts(): Script[] {
  cache ??= loadContent(process.cwd()).scripts;
  return cache;
}

/** A script by id. */
export function script(id: string): Script {
  const s = scripts().find((x) => x.id === id);
  if (!s) throw new Error(`no script ${id}`);
  return s;
}

/** Accessible name of a choice button: the action as plain words, then the words said in quotation marks. */
export function choiceName(text: string, silent: boolean): string {
  return choiceLabel(choiceDisplay(text, silent));
}

interface Node { scene: string; state: PlayState; steps: PlanStep[] }

/** Shortest plan to each ending, by breadth-first search over play states. */
export function plansToEndings(s: Script): Map<string, PlanStep[]> {
  const scenes = new Map(s.scenes.map((x) => [x.id, x]));
  const out = new Map<string, PlanStep[]>();
  const seen = new Set<string>();
  const total = s.scenes.filter((x) => x.ending).length;
  const queue: Node[] = [{ scene: s.start, state: { climate: startClimate(s), chosen: [], visited: [s.start] }, steps: [] }];
  while (queue.length && out.size < total) {
    const n = queue.shift()!;
    const key = `${n.scene}|${JSON.stringify(n.state.climate)}|${[...n.state.chosen].sort()}|${[...new Set(n.state.visited)].sort()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const scene = scenes.get(n.scene)!;
    if (scene.ending) {
      if (!out.has(scene.id)) out.set(scene.id, n.steps);
      continue;
    }
    if (scene.choices.length) {
      for (const c of offeredChoices(scene, n.state)) {
        const after = { climate: applyEffects(n.state.climate, c.effects), chosen: [...n.state.chosen, c.id], visited: n.state.visited };
        const r = pickRoute(c.routes, after)!;
        queue.push({ scene: r.target, state: { ...after, visited: [...after.visited, r.target] }, steps: [...n.steps, { kind: 'choice', id: c.id, name: choiceName(c.text, c.silent) }] });
      }
    } else {
      const r = pickRoute(scene.next, n.state)!;
      queue.push({ scene: r.target, state: { ...n.state, visited: [...n.state.visited, r.target] }, steps: [...n.steps, { kind: 'continue' }] });
    }
  }
  return out;
}

/** A random complete plan (seeded, so a failure can be replayed). */
export function randomPlan(s: Script, seed: number): { steps: PlanStep[]; ending: string } {
  let x = seed || 1;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const scenes = new Map(s.scenes.map((y) => [y.id, y]));
  let state: PlayState = { climate: startClimate(s), chosen: [], visited: [s.start] };
  let scene = scenes.get(s.start)!;
  const steps: PlanStep[] = [];
  while (!scene.ending) {
    if (scene.choices.length) {
      const offered = offeredChoices(scene, state);
      const c = offered[Math.floor(rand() * offered.length)]!;
      state = { climate: applyEffects(state.climate, c.effects), chosen: [...state.chosen, c.id], visited: state.visited };
      scene = scenes.get(pickRoute(c.routes, state)!.target)!;
      steps.push({ kind: 'choice', id: c.id, name: choiceName(c.text, c.silent) });
    } else {
      scene = scenes.get(pickRoute(scene.next, state)!.target)!;
      steps.push({ kind: 'continue' });
    }
    state = { ...state, visited: [...state.visited, scene.id] };
  }
  return { steps, ending: scene.id };
}
