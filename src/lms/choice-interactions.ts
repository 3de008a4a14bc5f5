/**
 * Every choice the learner makes, as the LMS's `cmi.interactions.n` (SCORM 1.2 and 2004), derived
 * from the attempt's saved steps. What instructors of branching scenarios ask for is which option
 * each learner took at each branch point, so each choice is one interaction of type `choice`: the
 * branch point (module and scene: a scene offers at most one decision) as its id, the choice id as
 * the learner's response, when the decision was offered and how long the learner took. There is
 * no correct response and no result: no choice is right (content/judgement.md).
 *
 * Interactions are a journal: each choice is reported once, in the order it was made, and never
 * rewritten. `ReportedSteps` remembers which steps of the attempt the LMS already has:
 * - the first time (a launch), the LMS's `cmi.interactions._count` says how many choices it holds,
 *   so a resumed attempt's first `count` choices are not sent again;
 * - after that, the steps reported in this session; a step taken back ("Go back one choice")
 *   stays reported (the learner did make that choice), and the step taken instead is new;
 * - a new attempt (starting over) starts with nothing reported.
 */
import type { Script } from '../script/types';
import type { Attempt, Step } from '../storage/types';
import type { ChoiceInteraction } from './types';

/** Longest description SCORM 2004 keeps (localized_string_type SPM 250). */
export const DESCRIPTION_LIMIT = 250;

/** Number of leading steps that hold the first `count` choices (all steps if there are fewer). */
export function reportedPrefix(steps: readonly Step[], count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (const [i, s] of steps.entries()) if (s.type === 'choice' && ++seen === count) return i + 1;
  return steps.length;
}

function sameStep(a: Step, b: Step): boolean {
  return a.type === b.type && a.scene === b.scene && a.at === b.at && (a.type === 'continue' || a.choice === (b as { choice: string }).choice);
}

/** Length of the common start of two step lists. */
export function commonPrefix(a: readonly Step[], b: readonly Step[]): number {
  let i = 0;
  while (i < a.length && i < b.length && sameStep(a[i]!, b[i]!)) i++;
  return i;
}

/** Which steps of the attempt the LMS has been told about (see the file comment). */
export class ReportedSteps {
  #attemptId: string | undefined;
  #steps: readonly Step[] = [];
  #launched = false;

  /**
   * Index of the first step of `attempt` not reported yet; from then on every step of it counts
   * as reported. `lmsCount` is read only the first time: the interactions the LMS already holds.
   */
  take(attempt: Attempt, lmsCount: () => number): number {
    let from: number;
    if (!this.#launched) from = reportedPrefix(attempt.steps, lmsCount());
    else if (attempt.id !== this.#attemptId) from = 0;
    else from = commonPrefix(this.#steps, attempt.steps);
    this.#launched = true;
    this.#attemptId = attempt.id;
    this.#steps = attempt.steps;
    return from;
  }
}

function describe(script: Script, ordinal: number, text: string): string {
  const full = `${script.title}, decision ${ordinal}: ${text}`.replace(/\s+/g, ' ').trim();
  return full.length <= DESCRIPTION_LIMIT ? full : `${full.slice(0, DESCRIPTION_LIMIT - 1).trimEnd()}…`;
}

/** A step's time in milliseconds, or undefined when it is not a time. */
function timeOf(iso: string | undefined): number | undefined {
  const t = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
}

/**
 * The choices among `attempt.steps` from index `from` on, as interactions. A decision counts as
 * offered at the previous step (or the attempt's start), but never before `openedAt` (when this
 * SCO opened: a resumed attempt's last step may be days old).
 */
export function choiceInteractions(script: Script, attempt: Attempt, from: number, openedAt: number): ChoiceInteraction[] {
  const texts = new Map(script.scenes.flatMap((s) => s.choices.map((c) => [c.id, c.text] as const)));
  const out: ChoiceInteraction[] = [];
  let ordinal = 0;
  for (const [i, step] of attempt.steps.entries()) {
    if (step.type !== 'choice') continue;
    ordinal++;
    if (i < from) continue;
    const at = timeOf(step.at) ?? openedAt;
    const before = timeOf(i > 0 ? attempt.steps[i - 1]!.at : attempt.startedAt) ?? openedAt;
    const shown = Math.min(at, Math.max(before, openedAt));
    out.push({
      module: script.id,
      scene: step.scene,
      choice: step.choice,
      ordinal,
      shownAt: new Date(shown),
      latencyMs: at - shown,
      description: describe(script, ordinal, texts.get(step.choice) ?? step.choice),
    });
  }
  return out;
}
