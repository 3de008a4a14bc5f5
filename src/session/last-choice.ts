/**
 * The feedback a learner last saw, read back from their attempt: when the last thing they did was
 * a choice, its feedback was on screen, so a reload (or another tab's state followed) shows it
 * again. After Continue or Go back nothing was shown.
 */
import type { Choice, Script } from '../script/types';
import type { Attempt } from '../storage/types';
import { indexScript } from './derive';

/** The choice whose feedback was on screen when `attempt` was last saved, or null. */
export function lastChoiceShown(script: Script, attempt: Attempt): Choice | null {
  const last = attempt.steps[attempt.steps.length - 1];
  if (!last || last.type !== 'choice') return null;
  const undone = attempt.undone[attempt.undone.length - 1];
  if (undone && undone.undoneAt >= last.at) return null;
  return indexScript(script).choices.get(last.choice) ?? null;
}
