/**
 * What the views read from the player, as pure selectors over its snapshot (used with
 * `@xstate/svelte`'s `useSelector`, each with a comparison so a view updates only when what it
 * shows changed). What may be done comes from the machines, never re-derived beside them: the
 * choices on offer are those the scene machine accepts (`snapshot.can`), shown while the player is
 * `ready` (or `saving` one of them, when they stay on screen, disabled); Continue and Go back are
 * possible when the player machine accepts them.
 */
import type { SnapshotFrom } from 'xstate';
import type { Choice } from '../script/types';
import type { Settings } from '../storage/types';
import { indexScript } from './derive';
import type { PlayerMachine } from './player-machine';
import type { SessionSnapshot } from './replay';
import type { OpenedAs, OpenProblem, StepProblem } from './types';

/** A snapshot of the player machine. */
export type PlayerSnapshot = SnapshotFrom<PlayerMachine>;

/** What the module screen shows. */
export type PlayerStage = 'opening' | 'introduction' | 'failed' | 'playing' | 'ended';

/**
 * The screen for `s`. While a new attempt is being started the screen it was started from stays
 * (the introduction, the failure, the debrief or the session), so nothing flashes.
 */
export function stageOf(s: PlayerSnapshot): PlayerStage {
  if (s.hasTag('introduction')) return 'introduction';
  if (s.hasTag('failed')) return 'failed';
  if (s.hasTag('ended')) return 'ended';
  if (s.hasTag('playing')) return 'playing';
  if (!s.matches('starting')) return 'opening';
  if (s.context.openProblem) return 'failed';
  if (!s.context.attempt) return 'introduction';
  return s.context.scene.status === 'done' ? 'ended' : 'playing';
}

/** What the session screen shows. */
export interface PlayView {
  /** The scene snapshot shown. */
  scene: SessionSnapshot;
  /** Lines of its scene shown so far. */
  revealed: number;
  /** Choices on offer (see the module comment). */
  choices: Choice[];
  /** Continue is on offer. */
  canContinue: boolean;
  /** The attempt has a choice that Go back would take back. */
  hasChoiceToTakeBack: boolean;
  /** The steps can be taken now (false while saving, following or moved on). */
  canStep: boolean;
  /** Go back can be taken now. */
  canGoBack: boolean;
  /** Lines of the scene are still appearing. */
  revealing: boolean;
  /** Another tab moved the attempt on. */
  movedOn: boolean;
  /** Why the last step was not taken. */
  stepProblem: StepProblem | null;
  /** The choice just made. */
  lastChoice: Choice | null;
  /** The learner's settings. */
  settings: Settings;
  /** How the session was opened. */
  openedAs: OpenedAs;
}

/** The session screen's view of `s`. */
export function playView(s: PlayerSnapshot): PlayView {
  const c = s.context;
  const onScreen = s.hasTag('ready') || s.hasTag('saving');
  const scene = indexScript(c.script).scenes.get(String(c.scene.value));
  return {
    scene: c.scene,
    revealed: c.revealed,
    choices: onScreen && scene ? scene.choices.filter((ch) => c.scene.can({ type: 'choice.select', choiceId: ch.id })) : [],
    canContinue: onScreen && c.scene.can({ type: 'scene.continue' }),
    hasChoiceToTakeBack: !!c.attempt?.steps.some((st) => st.type === 'choice'),
    canStep: s.hasTag('ready'),
    canGoBack: s.can({ type: 'step.back' }),
    revealing: s.hasTag('revealing'),
    movedOn: s.hasTag('movedOn'),
    stepProblem: c.stepProblem,
    lastChoice: c.lastChoice,
    settings: c.settings,
    openedAs: c.openedAs,
  };
}

/** True when two views show the same (field by field; lists item by item). */
export function samePlayView(a: PlayView, b: PlayView): boolean {
  return (Object.keys(a) as (keyof PlayView)[]).every((k) => {
    const x = a[k];
    const y = b[k];
    return Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
  });
}

/** What the failure screen shows. */
export interface FailedView {
  /** Why the module could not be opened. */
  problem: OpenProblem | null;
  /** Start again is possible (storage is open; the attempt that could not be restored is kept as abandoned). */
  canStartAgain: boolean;
  /** Trying to open again may help (the problem was storage or time, not the attempt). */
  canRetry: boolean;
  /** A new attempt is being started. */
  busy: boolean;
}

/** The failure screen's view of `s`. */
export function failedView(s: PlayerSnapshot): FailedView {
  const problem = s.context.openProblem;
  return {
    problem,
    canStartAgain: s.can({ type: 'session.restart' }),
    canRetry: s.can({ type: 'session.retry' }) && (problem?.code === 'storage' || problem?.code === 'timed-out'),
    busy: s.hasTag('busy'),
  };
}

/** True when two failure views show the same. */
export const sameFailedView = (a: FailedView, b: FailedView) =>
  a.problem === b.problem && a.canStartAgain === b.canStartAgain && a.canRetry === b.canRetry && a.busy === b.busy;
