/**
 * Plays every path through a built script, using the same rules as the runtime (semantics.ts),
 * to find what static checks cannot: endings and scenes that conditions make unreachable, dead
 * ends where no choice is offered and no route holds, choices never offered, loops, and how the
 * session clock runs.
 *
 * Paths multiply with every decision, so the explorer walks *states*, not paths: two paths that
 * reach the same scene with the same climate and the same condition-relevant history (only the
 * choices and scenes some condition mentions) have the same future, and that future is summarised
 * once and reused. Real scripts then explore in milliseconds however many paths they have.
 *
 * Besides the clock, a future carries how many decisions its paths offer and which endings it can
 * still reach, so the standards can ask whether an early choice already decides the ending. A
 * state that can reach itself is reported as a loop that can repeat forever (a dead end, which
 * fails the script), so the futures of valid scripts are computed over an acyclic graph of states
 * and are exact.
 *
 * The walk is depth first with an explicit stack, not recursion: a bounded loop can make one path
 * tens of thousands of states long (up to MAX_STATES), far deeper than the call stack, and the
 * history a state carries is only what conditions can see, each id once, so a long path does not
 * copy its whole history into every state along it.
 */
import { conditionRefsOfScript } from './script-refs';
import { applyEffects, offeredChoices, pickRoute, startClimate, type PlayState } from './semantics';
import { MAX_STATES } from './limits';
import { PHASES, type Choice, type PhaseId, type Scene, type Script } from './types';

/** Clock figures over every path from some point to an ending. */
interface Future {
  /** Number of paths. */
  paths: number;
  /** Least and most minutes per phase over those paths. */
  min: Record<PhaseId, number>;
  max: Record<PhaseId, number>;
  /** Least and most total minutes. */
  minTotal: number;
  maxTotal: number;
  /** Least and most decisions (scenes where a choice is made) over those paths. */
  minDecisions: number;
  maxDecisions: number;
  /** Endings some path reaches. */
  endings: ReadonlySet<string>;
}

/** A choice after which, from some state, only one ending can be reached. */
export interface DecidingChoice {
  /** The scene the choice is made in. */
  scene: string;
  /** The choice. */
  choice: string;
  /** The one ending left. */
  ending: string;
}

export { MAX_STATES };

/** What the explorer found. */
export interface Exploration {
  /** True when the state budget ran out and the figures are incomplete. */
  exhausted: boolean;
  /** Complete paths (each ends at an ending). */
  paths: number;
  /** Distinct play states explored. */
  states: number;
  /** Ids of endings reached by at least one path. */
  endingsReached: Set<string>;
  /** Ids of scenes entered on at least one path. */
  scenesReached: Set<string>;
  /** Ids of choices offered on at least one path. */
  choicesOffered: Set<string>;
  /** Scenes where a path got stuck, with why. */
  deadEnds: { scene: string; reason: string }[];
  /** Shortest and longest session clock over complete paths, in minutes. */
  minutes: { min: number; max: number };
  /** Least and most minutes spent in each phase over complete paths. */
  phaseMinutes: Record<PhaseId, { min: number; max: number }>;
  /** Fewest and most decisions a complete path offers. */
  decisionsPerPath: { min: number; max: number };
  /** Choices that, from some state, leave a single ending reachable; once per (scene, choice). */
  decidingChoices: DecidingChoice[];
  /** The distinct sets of choices each decision scene offers (choice ids in source order). */
  offered: Map<string, string[][]>;
}

const zero = () => Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<PhaseId, number>;

/** The ids of `ids` that `wanted` has, each once, in order. */
function seen(ids: readonly string[], wanted: ReadonlySet<string>): string[] {
  return [...new Set(ids.filter((id) => wanted.has(id)))];
}

/** A future with a scene's minutes added before it. */
function withScene(scene: Scene, future: Future): Future {
  return {
    ...future,
    min: { ...future.min, [scene.phase]: future.min[scene.phase] + scene.minutes },
    max: { ...future.max, [scene.phase]: future.max[scene.phase] + scene.minutes },
    minTotal: future.minTotal + scene.minutes,
    maxTotal: future.maxTotal + scene.minutes,
  };
}

/** Explore every path of a script. */
export function exploreScript(script: Script): Exploration {
  const scenes = new Map(script.scenes.map((s) => [s.id, s]));
  const refs = conditionRefsOfScript(script);
  const result: Exploration = {
    exhausted: false,
    paths: 0,
    states: 0,
    endingsReached: new Set(),
    scenesReached: new Set(),
    choicesOffered: new Set(),
    deadEnds: [],
    minutes: { min: 0, max: 0 },
    phaseMinutes: Object.fromEntries(PHASES.map((p) => [p, { min: 0, max: 0 }])) as Exploration['phaseMinutes'],
    decisionsPerPath: { min: 0, max: 0 },
    decidingChoices: [],
    offered: new Map(),
  };
  const seenDeciding = new Set<string>();
  const seenOffered = new Set<string>();
  const seenDeadEnds = new Set<string>();
  const stuck = (scene: string, reason: string) => {
    if (!seenDeadEnds.has(scene + '\n' + reason)) {
      seenDeadEnds.add(scene + '\n' + reason);
      result.deadEnds.push({ scene, reason });
    }
  };
  const memo = new Map<string, Future | null>();
  const onStack = new Set<string>();
  const keyOf = (scene: string, s: PlayState) =>
    `${scene}|${JSON.stringify(s.climate)}|${seen(s.chosen, refs.choices).sort().join(',')}|${seen(s.visited, refs.scenes).sort().join(',')}`;

  const merge = (a: Future | null, b: Future | null): Future | null => {
    if (!a) return b;
    if (!b) return a;
    const min = zero(), max = zero();
    for (const p of PHASES) {
      min[p] = Math.min(a.min[p], b.min[p]);
      max[p] = Math.max(a.max[p], b.max[p]);
    }
    return {
      paths: a.paths + b.paths,
      min,
      max,
      minTotal: Math.min(a.minTotal, b.minTotal),
      maxTotal: Math.max(a.maxTotal, b.maxTotal),
      minDecisions: Math.min(a.minDecisions, b.minDecisions),
      maxDecisions: Math.max(a.maxDecisions, b.maxDecisions),
      endings: a.endings === b.endings ? a.endings : new Set([...a.endings, ...b.endings]),
    };
  };
  /** Note the set of choices a decision scene offers in one state (each distinct set once). */
  const noteDecision = (sceneId: string, offered: readonly { id: string }[]) => {
    const ids = offered.map((c) => c.id);
    if (!ids.length || seenOffered.has(sceneId + '|' + ids.join(','))) return;
    seenOffered.add(sceneId + '|' + ids.join(','));
    result.offered.set(sceneId, [...(result.offered.get(sceneId) ?? []), ids]);
  };
  /** Note a choice whose future, from this state, holds a single ending (each scene and choice once). */
  const noteFuture = (scene: string, choice: string, f: Future | null) => {
    if (!f || f.endings.size !== 1 || seenDeciding.has(scene + '|' + choice)) return;
    seenDeciding.add(scene + '|' + choice);
    result.decidingChoices.push({ scene, choice, ending: [...f.endings][0]! });
  };

  /** A scene being explored: its ways on, walked one at a time, and the future gathered so far. */
  interface Frame {
    scene: Scene;
    key: string;
    /** Each way on: the choice taken (null for a `Next`), where it leads and the state it leads there with. */
    next: { choice: Choice | null; target: string; state: PlayState }[];
    done: number;
    future: Future | null;
  }
  const stack: Frame[] = [];

  /**
   * Enter a scene: a future known at once (memoised, an ending, a dead end, the budget spent), or
   * undefined once a frame is pushed whose ways on the loop below walks.
   */
  const enter = (sceneId: string, state: PlayState): Future | null | undefined => {
    const scene = scenes.get(sceneId);
    if (!scene) {
      stuck(sceneId, 'missing scene');
      return null;
    }
    const entered: PlayState = { ...state, visited: [...state.visited, scene.id] };
    const key = keyOf(scene.id, entered);
    if (memo.has(key)) return memo.get(key)!;
    if (result.states >= MAX_STATES) {
      result.exhausted = true;
      return null;
    }
    if (onStack.has(key)) {
      stuck(scene.id, 'a loop can repeat forever without reaching an ending');
      return null;
    }
    result.states++;
    result.scenesReached.add(scene.id);
    if (scene.ending) {
      result.endingsReached.add(scene.id);
      const future = withScene(scene, { paths: 1, min: zero(), max: zero(), minTotal: 0, maxTotal: 0, minDecisions: 0, maxDecisions: 0, endings: new Set([scene.id]) });
      memo.set(key, future);
      return future;
    }
    // The history passed on keeps only what conditions can see, each id once: conditions ask only
    // whether a choice was made or a scene entered, and a long path (a loop taken thousands of
    // times) must not carry its whole history into every state it passes through.
    const on = (s: PlayState): PlayState => ({ climate: s.climate, chosen: seen(s.chosen, refs.choices), visited: seen(s.visited, refs.scenes) });
    const next: Frame['next'] = [];
    if (scene.choices.length) {
      const offered = offeredChoices(scene, entered);
      if (!offered.length) stuck(scene.id, 'no choice is offered');
      noteDecision(scene.id, offered);
      for (const choice of offered) {
        result.choicesOffered.add(choice.id);
        const after: PlayState = { climate: applyEffects(entered.climate, choice.effects), chosen: [...entered.chosen, choice.id], visited: entered.visited };
        const route = pickRoute(choice.routes, after);
        if (!route) stuck(scene.id, `no route of choice "${choice.id}" holds`);
        else next.push({ choice, target: route.target, state: on(after) });
      }
    } else {
      const route = pickRoute(scene.next, entered);
      if (!route) stuck(scene.id, 'no Next: route holds');
      else next.push({ choice: null, target: route.target, state: on(entered) });
    }
    onStack.add(key);
    stack.push({ scene, key, next, done: 0, future: null });
    return undefined;
  };

  /** A way on's future joins the frame's (a choice's is also checked for deciding the ending). */
  const gather = (f: Frame, sub: Future | null) => {
    const way = f.next[f.done++]!;
    if (way.choice) {
      noteFuture(f.scene.id, way.choice.id, sub);
      f.future = merge(f.future, sub);
    } else f.future = sub;
  };

  /** Explore from the start: depth first, one frame per scene on the current path, no recursion. */
  const explore = (start: string, state: PlayState): Future | null => {
    const first = enter(start, state);
    if (first !== undefined) return first;
    let last: Future | null = null;
    while (stack.length) {
      const f = stack[stack.length - 1]!;
      if (f.done < f.next.length) {
        const way = f.next[f.done]!;
        const sub = enter(way.target, way.state);
        if (sub !== undefined) gather(f, sub);
        continue;
      }
      stack.pop();
      let future = f.future;
      if (future && f.scene.choices.length) future = { ...future, minDecisions: future.minDecisions + 1, maxDecisions: future.maxDecisions + 1 };
      if (future) future = withScene(f.scene, future);
      onStack.delete(f.key);
      memo.set(f.key, future);
      const parent = stack[stack.length - 1];
      if (parent) gather(parent, future);
      else last = future;
    }
    return last;
  };

  if (script.scenes.length) {
    const f = explore(script.start, { climate: startClimate(script), chosen: [], visited: [] });
    if (f) {
      result.paths = f.paths;
      result.minutes = { min: f.minTotal, max: f.maxTotal };
      result.decisionsPerPath = { min: f.minDecisions, max: f.maxDecisions };
      for (const p of PHASES) result.phaseMinutes[p] = { min: f.min[p], max: f.max[p] };
    }
  }
  return result;
}
