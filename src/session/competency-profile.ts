/**
 * A learner's competency profile across every attempt: how often each competency was practised,
 * with which evidence, and in which modules. Computed from the choice logs and the scripts, so it
 * never disagrees with what the debriefs showed.
 */
import type { Script } from '../script/types';
import type { Attempt } from '../storage/types';
import { indexScript } from './derive';

/** One competency's line in the profile. */
export interface CompetencyLine {
  /** Competency id. */
  competency: string;
  /** Choices that gave evidence on it. */
  practised: number;
  /** Sum of evidence for. */
  for: number;
  /** Sum of evidence against. */
  against: number;
  /** Module ids where it was practised. */
  modules: string[];
}

/** Profile over attempts (choices taken back are not counted). */
export function competencyProfile(attempts: readonly Attempt[], scripts: ReadonlyMap<string, Script>): CompetencyLine[] {
  const lines = new Map<string, CompetencyLine>();
  for (const a of attempts) {
    const script = scripts.get(a.moduleId);
    if (!script) continue;
    const ix = indexScript(script);
    for (const step of a.steps) {
      if (step.type !== 'choice') continue;
      for (const e of ix.choices.get(step.choice)?.evidence ?? []) {
        const l = lines.get(e.competency) ?? { competency: e.competency, practised: 0, for: 0, against: 0, modules: [] };
        l.practised++;
        if (e.delta > 0) l.for += e.delta;
        else l.against -= e.delta;
        if (!l.modules.includes(a.moduleId)) l.modules.push(a.moduleId);
        lines.set(e.competency, l);
      }
    }
  }
  return [...lines.values()].sort((a, b) => b.practised - a.practised || a.competency.localeCompare(b.competency));
}
