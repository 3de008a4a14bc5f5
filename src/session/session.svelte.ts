/**
 * One learner playing one module, as the rest of the app holds it: the player actor
 * (`player-machine.ts`, where all the behaviour is) and a thin bridge around it. Views read the
 * actor themselves through `@xstate/svelte` (`useSelector` with the selectors of
 * `player-selectors.ts`, bridged to runes with `fromStore`); the bridge's getters read the same
 * way, so they are reactive too, for callers that want one value (the authoring preview, the LMS
 * adapter, the tests). Its methods send an event and resolve once the player has settled, with
 * whether the step was taken.
 */
import { useSelector } from '@xstate/svelte';
import { fromStore } from 'svelte/store';
import { createActor, waitFor, type ActorRefFrom } from 'xstate';
import type { Choice, Scene, Script } from '../script/types';
import type { ProgressRepository } from '../storage/repository';
import type { Attempt } from '../storage/types';
import { indexScript } from './derive';
import { playerMachine } from './player-machine';
import { playView, type PlayerSnapshot } from './player-selectors';
import { shownTranscript } from './reveal';
import { stepTimings } from './timing';
import type { OpenedAs, OpenProblem, PlayerEvent, TranscriptItem } from './types';

/** The running player. */
export type PlayerActor = ActorRefFrom<typeof playerMachine>;

/** How to start a session. */
export interface SessionOptions {
  /** Show every line at once (reduced motion). */
  instant?: boolean;
  /** Start a new attempt when there is no unfinished one (default true; false: wait at the introduction). */
  begin?: boolean;
}

export class Session {
  readonly script: Script;
  /** The player actor: views read it with `useSelector` and send it events. */
  readonly actor: PlayerActor;
  readonly #snapshot: { readonly current: PlayerSnapshot };

  private constructor(script: Script, storage: PromiseLike<ProgressRepository>, options: SessionOptions) {
    this.script = script;
    this.actor = createActor(playerMachine, {
      input: { script, storage, begin: options.begin ?? true, instant: !!options.instant },
      inspect: stepTimings((ref) => ref === this.actor),
    });
    this.#snapshot = fromStore(useSelector(this.actor, (s) => s));
    this.actor.start();
  }

  /** Start the player at once; it opens storage and the attempt by itself (see `settled`). */
  static start(script: Script, storage: PromiseLike<ProgressRepository>, options: SessionOptions = {}): Session {
    return new Session(script, storage, options);
  }

  /** Start the player and wait until it is open (or has failed to open). */
  static async open(script: Script, repo: ProgressRepository | PromiseLike<ProgressRepository>, options: SessionOptions = {}): Promise<Session> {
    const session = new Session(script, Promise.resolve(repo), options);
    await session.settled();
    return session;
  }

  /** Resolves with the snapshot once nothing is in progress (opening, starting, saving, following). */
  settled(): Promise<PlayerSnapshot> {
    return waitFor(this.actor, (s) => !s.hasTag('busy'), { timeout: Infinity });
  }

  /** Resolves once an attempt is open and shown (rejects if the session is disposed first). */
  async playing(): Promise<void> {
    await waitFor(this.actor, (s) => s.hasTag('playing') || s.hasTag('ended'), { timeout: Infinity });
  }

  get #s(): PlayerSnapshot {
    return this.#snapshot.current;
  }

  /** Where this session saves: the app's storage, or a preview's own memory (its debrief stores there too). Throws a code for developers if read before storage opens. */
  get repository(): ProgressRepository {
    const repo = this.#s.context.repo;
    if (!repo) throw new Error('session-storage-not-open');
    return repo;
  }
  /** The attempt open (there is one from the first moment of play on; before that, reading it throws a code for developers). */
  get attempt(): Attempt {
    const attempt = this.#s.context.attempt;
    if (!attempt) throw new Error('session-attempt-not-open');
    return attempt;
  }
  /** How the session was opened. */
  get openedAs(): OpenedAs { return this.#s.context.openedAs; }
  /** Why the module could not be opened, when it could not. */
  get openProblem(): OpenProblem | null { return this.#s.context.openProblem; }
  /** The scene machine's context (climate, chosen, trail). */
  get context() { return this.#s.context.scene.context; }
  /** The current scene. */
  get scene(): Scene { return indexScript(this.script).scenes.get(String(this.#s.context.scene.value))!; }
  /** True once an ending is reached. */
  get done(): boolean { return this.#s.hasTag('ended'); }
  /** Transcript items revealed so far (never inner voices kept for the debrief). */
  get transcript(): TranscriptItem[] { return shownTranscript(this.script, this.#s.context.scene, this.#s.context.revealed); }
  /** True while lines of the current scene are still appearing. */
  get revealing(): boolean { return this.#s.hasTag('revealing'); }
  /** Choices on offer now. */
  get choices(): Choice[] { return this.#s.hasTag('ready') ? playView(this.#s).choices : []; }
  /** Why the last step was not taken (a code; the view words it), if it was not. */
  get error(): string | null { return this.#s.context.stepProblem?.code ?? null; }
  /** True when another tab continued this attempt since this tab last saved it. */
  get movedOn(): boolean { return this.#s.hasTag('movedOn'); }

  /** Pick a choice; resolves once it is saved and shown (true), or refused (false). */
  choose(choiceId: string): Promise<boolean> {
    return this.#step({ type: 'choice.select', choiceId });
  }
  /** Move on from a scene without choices. */
  continue(): Promise<boolean> {
    return this.#step({ type: 'scene.continue' });
  }
  /** Take back the last choice (and any scenes passed since); the undo is recorded. */
  goBack(): Promise<boolean> {
    return this.#step({ type: 'step.back' });
  }
  /** Begin a first attempt from the introduction. */
  begin(): Promise<boolean> {
    return this.#step({ type: 'session.begin' });
  }
  /** Start a new attempt; the unfinished one, if any, is kept as abandoned. */
  restart(): Promise<boolean> {
    return this.#step({ type: 'session.restart' });
  }
  /** Try opening again after a failure that was not about the attempt. */
  retry(): Promise<boolean> {
    return this.#step({ type: 'session.retry' });
  }
  /** Catch up with the attempt as another tab left it. */
  follow(): Promise<boolean> {
    return this.#step({ type: 'session.follow' });
  }
  /** Show every line of the current scene now. */
  revealAll(): void {
    this.actor.send({ type: 'lines.showAll' });
  }

  async #step(event: PlayerEvent): Promise<boolean> {
    if (!this.actor.getSnapshot().can(event)) return false;
    this.actor.send(event);
    const s = await this.settled();
    return !s.hasTag('stepFailed') && !s.hasTag('movedOn') && !s.hasTag('failed');
  }

  /**
   * Be told after every record saved (a step, Go back, a new attempt): used by reporters such as
   * the LMS adapter, after the view has moved on. Returns a function that stops listening.
   */
  onSaved(listener: (attempt: Attempt, session: Session) => void): () => void {
    const sub = this.actor.on('attempt.saved', (e) => setTimeout(() => listener(e.attempt, this), 0));
    return () => sub.unsubscribe();
  }

  /** Stop the player (its timers and listeners) when the view goes away. */
  dispose(): void {
    this.actor.stop();
  }
}
