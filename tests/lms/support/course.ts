/**
 * Which modules the LMS suite packages and how it plays them: computed from the compiled content,
 * so the suite follows the curriculum as it changes. One package holds both modules (one build,
 * one import): `finish` is played to an ending (the module with the shortest path to one), `pause`
 * is played part of the way, then resumed (a module whose shortest path has at least four choices).
 */
import { plansToEndings, scripts, type PlanStep } from '../../e2e/support/plans';

/** A module and a plan through it. */
export interface SuiteModule {
  /** Module id. */
  id: string;
  /** Steps of its shortest path to an ending. */
  plan: PlanStep[];
}

const choicesIn = (plan: PlanStep[]) => plan.filter((s) => s.kind === 'choice').length;

/** The two modules, in package order (AU 0 is `finish`, AU 1 is `pause`). */
export interface SuiteModules {
  /** Played to an ending. */
  finish: SuiteModule;
  /** Played part of the way, then resumed; and played with the LRS stopped. */
  pause: SuiteModule;
}

/** The suite's modules as `npm run test:lms` chose them (it passes them on, so the specs compile no content). */
export function chosenModules(): SuiteModules {
  const json = process.env.LMS_SUITE_MODULES;
  return json ? (JSON.parse(json) as SuiteModules) : suiteModules();
}

/** Choose the two modules from the compiled content. */
export function suiteModules(): SuiteModules {
  const shortest = scripts().map((s) => ({ id: s.id, plan: [...plansToEndings(s).values()].sort((a, b) => a.length - b.length)[0]! }));
  const finish = shortest.filter((m) => choicesIn(m.plan) >= 2).sort((a, b) => a.plan.length - b.plan.length)[0]!;
  const pause = shortest.filter((m) => m.id !== finish.id && choicesIn(m.plan) >= 4).sort((a, b) => a.plan.length - b.plan.length)[0]!;
  return { finish, pause };
}

/** The plan's steps up to and including its `n`th choice. */
export function throughChoice(plan: PlanStep[], n: number): PlanStep[] {
  let seen = 0;
  const i = plan.findIndex((s) => s.kind === 'choice' && ++seen === n);
  return plan.slice(0, i + 1);
}

/** Choice ids of steps, in order. */
export function choiceIds(steps: PlanStep[]): string[] {
  return steps.flatMap((s) => (s.kind === 'choice' ? [s.id] : []));
}
