/**
 * Which choices and scenes any condition of a script mentions: the only parts of a path's history
 * that can change its future (used by the explorer to merge equivalent paths).
 */
import { conditionRefs } from './condition-parser';
import type { Condition, Script } from './types';

/** Choice and scene ids mentioned by conditions that steer play (choices and routes). */
export function conditionRefsOfScript(script: Script): { choices: Set<string>; scenes: Set<string> } {
  const choices = new Set<string>();
  const scenes = new Set<string>();
  const add = (c: Condition | undefined) => {
    if (!c) return;
    const r = conditionRefs(c);
    r.choices.forEach((x) => choices.add(x));
    r.scenes.forEach((x) => scenes.add(x));
  };
  for (const s of script.scenes) {
    s.next.forEach((r) => add(r.when));
    for (const c of s.choices) {
      add(c.when);
      c.routes.forEach((r) => add(r.when));
    }
  }
  return { choices, scenes };
}
