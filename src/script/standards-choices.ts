/**
 * Standards about the decisions of a module, from the explorer's play of every path
 * (content/judgement.md §0): several moves are defensible at every decision, no early choice
 * decides the ending on its own, and a full session offers a steady number of decisions per path.
 */
import type { Exploration } from './explore';
import { PHASES, type Script } from './types';

/** Decisions every path of a full session offers. */
export const DECISIONS_PER_PATH = { min: 5, max: 9 };

/** Member and leader tracks: every decision offers at least two options whose evidence is not net negative. */
export function checkDefensibleMoves(script: Script, exploration: Exploration, err: (line: number, message: string) => void) {
  if (script.track === 'foundations') return;
  for (const scene of script.scenes) {
    const sets = exploration.offered.get(scene.id) ?? [];
    const byId = new Map(scene.choices.map((c) => [c.id, c]));
    const defensible = (ids: string[]) => ids.filter((id) => (byId.get(id)?.evidence ?? []).reduce((n, e) => n + e.delta, 0) >= 0);
    const worst = sets.map(defensible).sort((a, b) => a.length - b.length)[0];
    if (worst && worst.length < 2)
      err(
        scene.line,
        `decision "${scene.id}" offers ${worst.length ? `only one move whose evidence is not net negative ("${worst[0]}")` : 'no move whose evidence is not net negative'}; every decision needs at least two defensible moves`,
      );
  }
}

/** Every option of every decision before the return leaves at least two endings reachable. */
export function checkEarlyChoices(script: Script, exploration: Exploration, err: (line: number, message: string) => void) {
  const returnAt = PHASES.indexOf('return');
  const scenes = new Map(script.scenes.map((s) => [s.id, s]));
  for (const d of exploration.decidingChoices) {
    const scene = scenes.get(d.scene);
    if (!scene || PHASES.indexOf(scene.phase) >= returnAt) continue;
    const choice = scene.choices.find((c) => c.id === d.choice);
    err(
      choice?.line ?? scene.line,
      `choice "${d.choice}" in scene "${d.scene}" decides the ending: on some path only ending "${d.ending}" can follow it; before the return every option must leave at least two endings reachable`,
    );
  }
}

/** Full sessions: every path offers between 5 and 9 decisions. */
export function checkDecisionsPerPath(script: Script, exploration: Exploration, err: (line: number, message: string) => void) {
  if (script.length !== 'full' || !exploration.paths) return;
  const { min, max } = exploration.decisionsPerPath;
  if (min < DECISIONS_PER_PATH.min || max > DECISIONS_PER_PATH.max)
    err(1, `every path should offer between ${DECISIONS_PER_PATH.min} and ${DECISIONS_PER_PATH.max} decisions; paths offer ${min}–${max}`);
}
