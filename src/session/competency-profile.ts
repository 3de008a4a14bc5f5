/**
 * A learner's competency profile across every attempt: per competency, how many moves touched it,
 * which way they leaned, and in which modules. Computed from the choice logs and the scripts, so it
 * never disagrees with what the debriefs showed. Choices taken back are not counted (they are not
 * in an attempt's steps).
 */
import type { Script } from '../script/types';
import type { Attempt } from '../storage/types';
import { TendencyCounter, type TendencyLine } from './tendencies';

/** One competency's line in the profile. */
export type CompetencyLine = TendencyLine;

/** Profile over attempts; modules whose script is not loaded are skipped. */
export function competencyProfile(attempts: readonly Attempt[], scripts: ReadonlyMap<string, Script>): CompetencyLine[] {
  const counter = new TendencyCounter();
  for (const a of attempts) {
    const script = scripts.get(a.moduleId);
    if (!script) continue;
    for (const step of a.steps) if (step.type === 'choice') counter.add(script, step.choice);
  }
  return counter.result();
}
