/**
 * The learner's session as a statechart: opening (storage, then the module's unfinished attempt
 * restored or a new one started), an introduction before a first Begin, failing to open (with a
 * way out), and play: lines revealed one by one, ready for a step, saving it, a step refused, moved
 * on in another tab, following that tab, and the ending. The scene machine (`src/machine`) is pure
 * logic here: a step is computed with `transition()` into `pending`, the save is invoked, and only
 * its done event changes the snapshot shown; a save refused because another tab moved on goes to
 * `movedOn`, and any other failure to `stepFailed` with nothing moved. The reveal is paced by
 * `after` delays (instant with reduced motion or the "all at once" setting). Opening and starting
 * never take longer than `OPEN_TIMEOUT_MS`: whatever fails or hangs lands in `failed`.
 *
 * The effects are the actors of `player-actors.ts`, named in `setup`; everything else is pure, so
 * the machine is tested with `initialTransition`/`transition`, feeding `xstate.done.actor.<id>`,
 * `xstate.error.actor.<id>` and `xstate.after.<delay>.<state>` events.
 */
import { assertEvent, assign, emit, initialTransition, setup, transition } from 'xstate';
import { createSessionMachine } from '../machine/session-machine';
import { DEFAULT_SETTINGS, type Attempt } from '../storage/types';
import { isStorageFull } from '../storage/storage-full';
import { attemptRecord } from './attempt-record';
import { indexScript } from './derive';
import { lastChoiceShown } from './last-choice';
import { playerActors, type Opened, type Started } from './player-actors';
import { replay, stepEvent, type SessionSnapshot } from './replay';
import { restoreAttempt } from './restore-attempt';
import { nextLineDelay, sceneLineCount } from './reveal';
import { OPEN_TIMEOUT_MS } from './open-timeout';
import { AttemptMovedOn } from './tab-guard';
import type { OpenProblem, PlayerContext, PlayerEmitted, PlayerEvent, PlayerInput, PlayerTag } from './types';

/** Longest gap between two steps that still counts as active play. */
const MAX_GAP_MS = 5 * 60_000;

/** Lines shown at once when a scene is entered: the first (then one by one), or all when instant. */
const firstReveal = (c: Pick<PlayerContext, 'script' | 'instant'>, scene: SessionSnapshot) => Math.min(c.instant ? Infinity : 1, sceneLineCount(c.script, scene));
const allLines = (c: Pick<PlayerContext, 'script'>, scene: SessionSnapshot) => sceneLineCount(c.script, scene);
const showing = (scene: SessionSnapshot, attempt: Attempt, revealed: number) => ({
  scene, attempt, revealed, lastChoice: null, pending: undefined, stepProblem: null, openProblem: null,
});

const steps = {
  'choice.select': { guard: 'stepAllowed', target: 'saving', actions: 'prepareStep' },
  'scene.continue': { guard: 'stepAllowed', target: 'saving', actions: 'prepareStep' },
} as const;
const leaving = {
  'step.back': { guard: 'hasChoiceToTakeBack', target: 'goingBack' },
  'session.restart': { target: '#player.starting' },
} as const;
const otherTabs = { 'attempt.savedElsewhere': { guard: 'otherTabMovedOn', target: 'movedOn' } } as const;
const storageFailed = { target: '#player.failed', actions: { type: 'noteOpenProblem', params: { code: 'storage' } } } as const;
const timedOut = { openTimeout: { target: '#player.failed', actions: { type: 'noteOpenProblem', params: { code: 'timed-out' } } } } as const;

/** The player machine. */
export const playerMachine = setup({
  types: {
    context: {} as PlayerContext,
    events: {} as PlayerEvent,
    input: {} as PlayerInput,
    tags: {} as PlayerTag,
    emitted: {} as PlayerEmitted,
  },
  actors: playerActors,
  delays: {
    openTimeout: OPEN_TIMEOUT_MS,
    lineDelay: ({ context }) => nextLineDelay(context.script, context.scene, context.revealed),
  },
  guards: {
    /** The scene machine accepts this choice or Continue now. */
    stepAllowed: ({ context, event }) => (event.type === 'choice.select' || event.type === 'scene.continue') && context.scene.can(event),
    /** The attempt has a choice to take back. */
    hasChoiceToTakeBack: ({ context }) => !!context.attempt?.steps.some((s) => s.type === 'choice'),
    /** Every line of the current scene is shown. */
    allRevealed: ({ context }) => context.revealed >= sceneLineCount(context.script, context.scene),
    /** A step waits for its save. */
    stepPrepared: ({ context }) => !!context.pending,
    /** The scene shown is an ending. */
    sceneEnded: ({ context }) => context.scene.status === 'done',
    /** Opening found a problem. */
    cannotOpen: ({ context }) => !!context.openProblem,
    /** No attempt is open. */
    noAttempt: ({ context }) => !context.attempt,
    /** The attempt was abandoned (in another tab). */
    attemptAbandoned: ({ context }) => context.attempt?.status === 'abandoned',
    /** Storage is open. */
    hasStorage: ({ context }) => !!context.repo,
    /** The save was refused because another tab moved the attempt on. */
    movedOn: (_, params: { error: unknown }) => params.error instanceof AttemptMovedOn,
    /** Another tab saved this attempt since this tab last did. */
    otherTabMovedOn: ({ context, event }) =>
      event.type === 'attempt.savedElsewhere' && event.attemptId === context.attempt?.id && event.updatedAt !== context.attempt.updatedAt,
  },
  actions: {
    /** Take in what opening found. */
    noteOpened: assign(({ context }, o: Opened) => {
      const instant = context.instant || o.settings.pace === 'instant';
      const base = { repo: o.repo, settings: o.settings, instant };
      if (o.kind === 'introduction') return base;
      if (o.kind === 'unrestorable') return { ...base, attempt: o.attempt, openProblem: o.problem };
      const revealed = o.openedAs === 'new' ? firstReveal({ ...context, instant }, o.snapshot) : allLines(context, o.snapshot);
      const lastChoice = o.openedAs === 'new' ? null : lastChoiceShown(context.script, o.attempt);
      return { ...base, ...showing(o.snapshot, o.attempt, revealed), lastChoice, openedAs: o.openedAs };
    }),
    /** Show a new attempt just saved. */
    noteStarted: assign(({ context }, s: Started) => ({ ...showing(s.snapshot, s.attempt, firstReveal(context, s.snapshot)), openedAs: 'new' as const })),
    /** Say why opening failed. */
    noteOpenProblem: assign((_, problem: OpenProblem) => ({ openProblem: problem })),
    /** Compute the step with the scene machine and the record to save. */
    prepareStep: assign(({ context, event }) => {
      assertEvent(event, ['choice.select', 'scene.continue']);
      const attempt = context.attempt!;
      const scene = String(context.scene.value);
      const at = new Date();
      const step = event.type === 'choice.select' ? { type: 'choice' as const, scene, choice: event.choiceId, at: at.toISOString() } : { type: 'continue' as const, scene, at: at.toISOString() };
      const [next] = transition(context.machine, context.scene, stepEvent(step));
      const gap = Math.min(MAX_GAP_MS, Math.max(0, at.getTime() - Date.parse(attempt.updatedAt)));
      const record = attemptRecord(context.machine, next, { ...attempt, steps: [...attempt.steps, step], activeMs: attempt.activeMs + gap }, at.toISOString());
      const choice = step.type === 'choice' ? (indexScript(context.script).choices.get(step.choice) ?? null) : null;
      return { pending: { snapshot: next, attempt: record, choice, reveal: 'fresh' as const }, stepProblem: null };
    }),
    /** Rebuild the state before the last choice, recording the undo; or say why it cannot be. */
    prepareBack: assign(({ context }) => {
      const attempt = context.attempt!;
      const cut = attempt.steps.findLastIndex((s) => s.type === 'choice');
      const kept = attempt.steps.slice(0, cut);
      const r = replay(context.machine, kept);
      if (!r.ok) return { pending: undefined, stepProblem: { code: 'cannot-go-back' as const, problem: r.problem } };
      const undoneAt = new Date().toISOString();
      const undone = [...attempt.undone, ...attempt.steps.slice(cut).reverse().map((step) => ({ step, undoneAt }))];
      const record = attemptRecord(context.machine, r.snapshot, { ...attempt, status: 'active', steps: kept, undone }, undoneAt);
      return { pending: { snapshot: r.snapshot, attempt: record, choice: null, reveal: 'all' as const }, stepProblem: null };
    }),
    /** The save is done: show the step. */
    showPending: assign(({ context }) => {
      const p = context.pending!;
      const revealed = p.reveal === 'all' ? allLines(context, p.snapshot) : firstReveal(context, p.snapshot);
      return { ...showing(p.snapshot, p.attempt, revealed), lastChoice: p.choice };
    }),
    /** Tell listeners about the record just saved. */
    announceSaved: emit(({ context }) => ({ type: 'attempt.saved' as const, attempt: context.attempt! })),
    /** Forget a step that was not saved. */
    dropPending: assign({ pending: undefined }),
    /** Say why a step was not saved. */
    noteStepProblem: assign((_, params: { error: unknown }) => ({
      pending: undefined,
      stepProblem: isStorageFull(params.error) ? { code: 'storage-full' as const } : { code: 'not-saved' as const },
    })),
    /** Show one more line. */
    revealNextLine: assign(({ context }) => ({ revealed: context.revealed + 1 })),
    /** Show every line of the scene. */
    revealAll: assign(({ context }) => ({ revealed: allLines(context, context.scene) })),
    /** Take in the attempt as another tab left it. */
    noteFollowed: assign(({ context }, latest: Attempt | undefined) => {
      if (!latest) return { stepProblem: null };
      if (latest.status === 'abandoned') return { attempt: latest };
      const r = restoreAttempt(context.machine, context.script, latest);
      if (!r.ok) return { attempt: latest, openProblem: r.problem };
      return { ...showing(r.snapshot, latest, allLines(context, r.snapshot)), lastChoice: lastChoiceShown(context.script, latest), openedAs: r.openedAs };
    }),
  },
}).createMachine({
  id: 'player',
  context: ({ input }) => {
    const machine = createSessionMachine(input.script);
    return {
      script: input.script, machine, storage: input.storage, repo: undefined, begin: input.begin, instant: !!input.instant,
      settings: DEFAULT_SETTINGS, scene: initialTransition(machine, {})[0], attempt: undefined, pending: undefined,
      revealed: 0, lastChoice: null, openedAs: 'new', openProblem: null, stepProblem: null,
    };
  },
  initial: 'opening',
  states: {
    opening: {
      tags: ['busy', 'opening'],
      entry: assign({ openProblem: null }),
      invoke: {
        id: 'open',
        src: 'openSession',
        input: ({ context: c }) => ({ script: c.script, machine: c.machine, storage: c.storage, begin: c.begin }),
        onDone: { target: 'opened', actions: { type: 'noteOpened', params: ({ event }) => event.output } },
        onError: storageFailed,
      },
      after: timedOut,
    },
    opened: {
      always: [{ guard: 'cannotOpen', target: 'failed' }, { guard: 'noAttempt', target: 'introduction' }, { target: 'playing' }],
    },
    introduction: {
      tags: ['introduction'],
      on: { 'session.begin': 'starting' },
    },
    starting: {
      tags: ['busy', 'opening'],
      invoke: {
        id: 'start',
        src: 'startAttempt',
        input: ({ context: c }) => ({ script: c.script, machine: c.machine, repo: c.repo!, abandon: c.attempt?.status === 'active' ? c.attempt : undefined }),
        onDone: { target: 'playing', actions: [{ type: 'noteStarted', params: ({ event }) => event.output }, 'announceSaved'] },
        onError: storageFailed,
      },
      after: timedOut,
    },
    failed: {
      tags: ['failed'],
      on: {
        'session.restart': { guard: 'hasStorage', target: 'starting' },
        'session.retry': { target: 'opening' },
      },
    },
    playing: {
      tags: ['playing'],
      invoke: { id: 'otherTabs', src: 'watchOtherTabs' },
      initial: 'revealing',
      states: {
        revealing: {
          tags: ['revealing'],
          always: { guard: 'allRevealed', target: 'ready' },
          after: { lineDelay: { target: 'revealing', reenter: true, actions: 'revealNextLine' } },
          on: { 'lines.showAll': { target: 'ready', actions: 'revealAll' }, ...leaving, ...otherTabs },
        },
        ready: { tags: ['ready'], on: { ...steps, ...leaving, ...otherTabs } },
        stepFailed: { tags: ['ready', 'stepFailed'], on: { ...steps, ...leaving, ...otherTabs } },
        goingBack: {
          entry: 'prepareBack',
          always: [{ guard: 'stepPrepared', target: 'saving' }, { target: 'stepFailed' }],
        },
        saving: {
          tags: ['busy', 'saving'],
          invoke: {
            id: 'save',
            src: 'saveStep',
            input: ({ context: c }) => ({ repo: c.repo!, seen: c.attempt!, next: c.pending!.attempt }),
            onDone: { target: 'shown', actions: ['showPending', 'announceSaved'] },
            onError: [
              { guard: { type: 'movedOn', params: ({ event }) => ({ error: event.error }) }, target: 'movedOn', actions: 'dropPending' },
              { target: 'stepFailed', actions: { type: 'noteStepProblem', params: ({ event }) => ({ error: event.error }) } },
            ],
          },
        },
        shown: {
          always: [{ guard: 'sceneEnded', target: '#player.ended' }, { target: 'revealing' }],
        },
        movedOn: {
          tags: ['movedOn'],
          on: { 'session.follow': 'following', 'session.restart': '#player.starting' },
        },
        following: {
          tags: ['busy'],
          invoke: {
            id: 'follow',
            src: 'readAttempt',
            input: ({ context: c }) => ({ repo: c.repo!, id: c.attempt!.id }),
            onDone: { target: 'followed', actions: { type: 'noteFollowed', params: ({ event }) => event.output } },
            onError: storageFailed,
          },
        },
        followed: {
          always: [{ guard: 'attemptAbandoned', target: '#player.starting' }, { guard: 'cannotOpen', target: '#player.failed' }, { target: 'ready' }],
        },
      },
    },
    ended: {
      tags: ['ended'],
      on: { 'session.restart': 'starting' },
    },
  },
});

/** The player machine's type. */
export type PlayerMachine = typeof playerMachine;
