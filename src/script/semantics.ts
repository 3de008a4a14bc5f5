/**
 * The rules of play, as pure functions over plain data: how a condition is judged, how effects
 * change the climate, which choices are offered and which route is taken.
 *
 * The XState machine, the content explorer and the replay of old saves all call these same
 * functions, so there is exactly one definition of what a script means.
 */
import type { Choice, Condition, Effect, Route, Scene, Script } from './types';

/** The accumulated state conditions are judged against. */
export interface PlayState {
  /** Climate variable values by id. */
  climate: Record<string, number>;
  /** Ids of choices made so far in this attempt. */
  chosen: readonly string[];
  /** Ids of scenes entered so far in this attempt (including the current one). */
  visited: readonly string[];
}

/** Lowest and highest climate value. */
export const CLIMATE_MIN = 0;
export const CLIMATE_MAX = 100;

/** Judge a condition; absent means true. */
export function holds(c: Condition | undefined, s: PlayState): boolean {
  if (!c) return true;
  switch (c.kind) {
    case 'compare': {
      const v = s.climate[c.variable] ?? 0;
      switch (c.op) {
        case '<': return v < c.value;
        case '<=': return v <= c.value;
        case '>': return v > c.value;
        case '>=': return v >= c.value;
        case '==': return v === c.value;
        case '!=': return v !== c.value;
      }
      return false;
    }
    case 'chose': return s.chosen.includes(c.choice);
    case 'visited': return s.visited.includes(c.scene);
    case 'not': return !holds(c.operand, s);
    case 'and': return c.operands.every((o) => holds(o, s));
    case 'or': return c.operands.some((o) => holds(o, s));
  }
}

/** Climate after effects, clamped to 0–100. */
export function applyEffects(climate: Record<string, number>, effects: readonly Effect[]): Record<string, number> {
  const next = { ...climate };
  for (const e of effects) {
    const v = (next[e.variable] ?? 0) + e.delta;
    next[e.variable] = Math.min(CLIMATE_MAX, Math.max(CLIMATE_MIN, v));
  }
  return next;
}

/** Starting climate of a script. */
export function startClimate(script: Pick<Script, 'climate'>): Record<string, number> {
  return Object.fromEntries(script.climate.map((v) => [v.id, v.start]));
}

/** Choices offered in a scene for this state, in source order. */
export function offeredChoices(scene: Scene, s: PlayState): Choice[] {
  return scene.choices.filter((c) => holds(c.when, s));
}

/** The first route whose condition holds, or undefined. */
export function pickRoute(routes: readonly Route[], s: PlayState): Route | undefined {
  return routes.find((r) => holds(r.when, s));
}

/** Indexes of the scene's lines visible when it is entered in this state. */
export function visibleLines(scene: Scene, s: PlayState): number[] {
  const out: number[] = [];
  scene.lines.forEach((l, i) => {
    if (holds(l.when, s)) out.push(i);
  });
  return out;
}
