/**
 * How near a scene is to an ending: the fewest steps (a response, or Continue) in which the session
 * could end from it, following every route whatever its condition, so the figure is never more than
 * the steps any real path takes. The player uses it to fetch the debrief's code ahead of the end.
 */
import type { Script } from './types';

const distances = new WeakMap<Script, Map<string, number>>();

/** Steps from scene `sceneId` to the nearest ending (0 at an ending; Infinity when none can be reached or the scene is unknown). */
export function stepsToEnding(script: Script, sceneId: string): number {
  let table = distances.get(script);
  if (!table) {
    table = fromEndings(script);
    distances.set(script, table);
  }
  return table.get(sceneId) ?? Infinity;
}

/** Every scene's distance to its nearest ending, by breadth-first search backwards from the endings. */
function fromEndings(script: Script): Map<string, number> {
  const before = new Map<string, Set<string>>();
  for (const scene of script.scenes) {
    for (const route of [...scene.next, ...scene.choices.flatMap((c) => c.routes)]) {
      const from = before.get(route.target) ?? new Set<string>();
      from.add(scene.id);
      before.set(route.target, from);
    }
  }
  const table = new Map<string, number>();
  let frontier = script.scenes.filter((s) => s.ending).map((s) => s.id);
  for (const id of frontier) table.set(id, 0);
  for (let steps = 1; frontier.length; steps++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const earlier of before.get(id) ?? []) {
        if (table.has(earlier)) continue;
        table.set(earlier, steps);
        next.push(earlier);
      }
    }
    frontier = next;
  }
  return table;
}
