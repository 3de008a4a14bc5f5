/**
 * How far through a module the learner is, for the cmi5 progress extension of `progressed`.
 * A branching session has no fixed length, so progress is estimated from the map of scenes:
 * decisions taken so far, against those taken plus the fewest still needed to reach any ending
 * from the current scene (conditions ignored, so the estimate errs towards "nearly there").
 * It stays below 100: 100 is what `completed` says.
 */
import type { Script } from '../../script/types';

/** For every scene, the fewest decisions (scenes with choices) still ahead before an ending. */
export function decisionsToEnding(script: Script): Map<string, number> {
  const into = new Map<string, string[]>();
  for (const s of script.scenes)
    for (const target of [...s.next.map((r) => r.target), ...s.choices.flatMap((c) => c.routes.map((r) => r.target))]) {
      const list = into.get(target) ?? [];
      list.push(s.id);
      into.set(target, list);
    }
  const cost = new Map(script.scenes.map((s) => [s.id, s.choices.length ? 1 : 0]));
  const best = new Map<string, number>();
  // Dijkstra backwards from the endings; costs are 0 or 1, so a deque would do, but scripts are small.
  const open = script.scenes.filter((s) => s.ending).map((s) => [s.id, 0] as [string, number]);
  while (open.length) {
    open.sort((a, b) => a[1] - b[1]);
    const [id, d] = open.shift()!;
    if (best.has(id)) continue;
    best.set(id, d);
    for (const from of into.get(id) ?? []) if (!best.has(from)) open.push([from, d + (cost.get(from) ?? 0)]);
  }
  return best;
}

/** Progress (0–99) after `taken` decisions, standing in `sceneId`. */
export function progressAt(remaining: Map<string, number>, sceneId: string, taken: number): number {
  const left = remaining.get(sceneId);
  if (left === undefined || taken + left === 0) return 0;
  return Math.min(99, Math.round((100 * taken) / (taken + left)));
}
