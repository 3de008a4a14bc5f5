/**
 * Plays every path through a built script, using the same rules as the runtime (semantics.ts),
 * to find what static checks cannot: endings and scenes that conditions make unreachable, dead
 * ends where no choice is offered and no route holds, choices never offered, and how the session
 * clock runs along each path. Paths are enumerated depth-first with a cap, because real scripts
 * have a few thousand paths at most and per-path clock figures need the whole path.
 */
import { applyEffects, offeredChoices, pickRoute, startClimate, type PlayState } from './semantics';
import { PHASES, type PhaseId, type Script } from './types';

/** What the explorer found. */
export interface Exploration {
  /** Complete paths found (each ends at an ending). */
  paths: number;
  /** True when the path cap was hit and the figures are partial. */
  truncated: boolean;
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
  /** Shortest and longest discussion phase over complete paths, in minutes. */
  discussionMinutes: { min: number; max: number };
  /** Number of complete paths on which some other phase is longer than the discussion. */
  pathsWithShortDiscussion: number;
}

/** Enumerate paths; `maxPaths` bounds the work. */
export function exploreScript(script: Script, maxPaths = 20_000): Exploration {
  const scenes = new Map(script.scenes.map((s) => [s.id, s]));
  const result: Exploration = {
    paths: 0,
    truncated: false,
    endingsReached: new Set(),
    scenesReached: new Set(),
    choicesOffered: new Set(),
    deadEnds: [],
    minutes: { min: Infinity, max: 0 },
    discussionMinutes: { min: Infinity, max: 0 },
    pathsWithShortDiscussion: 0,
  };
  const deadEndKeys = new Set<string>();
  const stuck = (scene: string, reason: string) => {
    if (deadEndKeys.has(scene + reason)) return;
    deadEndKeys.add(scene + reason);
    result.deadEnds.push({ scene, reason });
  };
  const MAX_DEPTH = 400;

  const walk = (sceneId: string, state: PlayState, phaseMinutes: Record<PhaseId, number>, depth: number): void => {
    if (result.paths >= maxPaths) {
      result.truncated = true;
      return;
    }
    const scene = scenes.get(sceneId);
    if (!scene) return stuck(sceneId, 'missing scene');
    if (depth > MAX_DEPTH) return stuck(sceneId, 'a loop never reaches an ending');
    result.scenesReached.add(scene.id);
    const entered: PlayState = { ...state, visited: [...state.visited, scene.id] };
    const minutes = { ...phaseMinutes, [scene.phase]: phaseMinutes[scene.phase] + scene.minutes };
    if (scene.ending) {
      result.paths++;
      result.endingsReached.add(scene.id);
      const total = PHASES.reduce((sum, p) => sum + minutes[p], 0);
      result.minutes.min = Math.min(result.minutes.min, total);
      result.minutes.max = Math.max(result.minutes.max, total);
      result.discussionMinutes.min = Math.min(result.discussionMinutes.min, minutes.discussion);
      result.discussionMinutes.max = Math.max(result.discussionMinutes.max, minutes.discussion);
      if (PHASES.some((p) => p !== 'discussion' && minutes[p] >= minutes.discussion)) result.pathsWithShortDiscussion++;
      return;
    }
    if (scene.choices.length) {
      const offered = offeredChoices(scene, entered);
      if (!offered.length) return stuck(scene.id, 'no choice is offered');
      for (const choice of offered) {
        result.choicesOffered.add(choice.id);
        const after: PlayState = { climate: applyEffects(entered.climate, choice.effects), chosen: [...entered.chosen, choice.id], visited: entered.visited };
        const route = pickRoute(choice.routes, after);
        if (!route) stuck(scene.id, `no route of choice "${choice.id}" holds`);
        else walk(route.target, after, minutes, depth + 1);
      }
      return;
    }
    const route = pickRoute(scene.next, entered);
    if (!route) return stuck(scene.id, 'no Next: route holds');
    walk(route.target, entered, minutes, depth + 1);
  };

  if (script.scenes.length) {
    const zero = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<PhaseId, number>;
    walk(script.start, { climate: startClimate(script), chosen: [], visited: [] }, zero, 0);
  }
  if (result.paths === 0) {
    result.minutes = { min: 0, max: 0 };
    result.discussionMinutes = { min: 0, max: 0 };
  }
  return result;
}
