/**
 * The path through a script whose suspend data is longest: an exhaustive search over play states
 * (scene, climate, choices made, scenes visited), maximising the encoded length of the rest of the
 * log. Memoised per state, as the explorer does, so even the larger modules take a moment.
 */
import { applyEffects, offeredChoices, pickRoute, startClimate, type PlayState } from '../../../src/script/semantics';
import type { Script } from '../../../src/script/types';
import type { StepToken } from '../../../src/lms/types';

const cost = (t: StepToken) => (t.type === 'continue' ? 1 : t.choice.length) + 1;

/** The log (to an ending) with the longest encoding. */
export function longestLog(s: Script): StepToken[] {
  const scenes = new Map(s.scenes.map((x) => [x.id, x]));
  const memo = new Map<string, { log: StepToken[]; chars: number }>();
  const onStack = new Set<string>();
  const best = (scene: string, st: PlayState): { log: StepToken[]; chars: number } => {
    const key = `${scene}|${JSON.stringify(st.climate)}|${[...st.chosen].sort()}|${[...new Set(st.visited)].sort()}`;
    const known = memo.get(key);
    if (known) return known;
    if (onStack.has(key)) throw new Error(`${s.id}: a path can loop forever at ${scene}`);
    onStack.add(key);
    const sc = scenes.get(scene)!;
    let r = { log: [] as StepToken[], chars: 0 };
    if (!sc.ending && sc.choices.length) {
      for (const c of offeredChoices(sc, st)) {
        const after = { climate: applyEffects(st.climate, c.effects), chosen: [...st.chosen, c.id], visited: st.visited };
        const target = pickRoute(c.routes, after)!.target;
        const rest = best(target, { ...after, visited: [...after.visited, target] });
        const t: StepToken = { type: 'choice', choice: c.id };
        if (rest.chars + cost(t) > r.chars) r = { log: [t, ...rest.log], chars: rest.chars + cost(t) };
      }
    } else if (!sc.ending) {
      const target = pickRoute(sc.next, st)!.target;
      const rest = best(target, { ...st, visited: [...st.visited, target] });
      r = { log: [{ type: 'continue' }, ...rest.log], chars: rest.chars + 2 };
    }
    onStack.delete(key);
    memo.set(key, r);
    return r;
  };
  return best(s.start, { climate: startClimate(s), chosen: [], visited: [s.start] }).log;
}
