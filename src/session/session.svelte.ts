/**
 * One learner playing one module: the only place where the machine, storage and the views meet.
 *
 * The session advances the machine with XState's pure `transition()`, saves the resulting attempt,
 * and only then shows the new state, so every choice is durable before the view moves on. All view
 * data is derived from the snapshot and the script (`derive.ts`); the class holds only what cannot
 * be derived: the snapshot, the attempt record, how far the current scene's lines have been
 * revealed, and transient messages.
 */
import { createActor, initialTransition, transition } from 'xstate';
import { createSessionMachine, type SessionMachine } from '../machine/session-machine';
import { offeredChoices } from '../script/semantics';
import type { Choice, Scene, Script } from '../script/types';
import type { ProgressRepository } from '../storage/repository';
import { ATTEMPT_SCHEMA, type Attempt, type Settings, type Step } from '../storage/types';
import { clock, indexScript, transcript } from './derive';
import { replay, stepEvent, type SessionSnapshot } from './replay';
import { AttemptMovedOn, guardedSave, onSavedElsewhere } from './tab-guard';
import type { TranscriptItem } from './types';
import { newId } from './new-id';

/** Longest gap between two steps that still counts as active play. */
const MAX_GAP_MS = 5 * 60_000;

/** How a session was opened. */
export type OpenedAs = 'new' | 'resumed' | 'replayed' | 'replay-failed';

/** Delay before the next line appears at a readable pace. */
export function readingDelay(text: string): number {
  return Math.min(4000, Math.max(900, 500 + text.length * 28));
}

export class Session {
  readonly script: Script;
  readonly #machine: SessionMachine;
  readonly #repo: ProgressRepository;
  #snapshot = $state.raw<SessionSnapshot>() as SessionSnapshot;
  #attempt = $state.raw<Attempt>() as Attempt;
  #revealed = $state(0);
  #busy = $state(false);
  #error = $state<string | null>(null);
  #lastChoice = $state.raw<Choice | null>(null);
  #openedAs = $state<OpenedAs>('new');
  #replayProblem = $state<string | null>(null);
  #settings = $state.raw<Settings>() as Settings;
  #movedOn = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #instant = false;
  #stopListening: () => void = () => undefined;
  #listeners = new Set<(attempt: Attempt, session: Session) => void>();

  private constructor(script: Script, repo: ProgressRepository, settings: Settings) {
    this.script = script;
    this.#repo = repo;
    this.#machine = createSessionMachine(script);
    this.#settings = settings;
  }

  /** Where this session saves: the app's storage, or a preview's own memory. Its debrief stores there too. */
  get repository(): ProgressRepository {
    return this.#repo;
  }

  /**
   * Open a module: resume its unfinished attempt if there is one (restoring the saved snapshot, or
   * replaying the choice log when the script has changed since), otherwise start a new attempt.
   */
  static async open(script: Script, repo: ProgressRepository, options: { instant?: boolean } = {}): Promise<Session> {
    const s = new Session(script, repo, await repo.getSettings());
    s.#instant = !!options.instant;
    const active = await repo.activeAttempt(script.id);
    if (active) s.#resume(active);
    else await s.#begin();
    s.#stopListening = onSavedElsewhere((m) => {
      if (m.attemptId === s.#attempt.id && m.updatedAt !== s.#attempt.updatedAt) s.#movedOn = true;
    });
    s.#revealed = s.#openedAs === 'new' ? 0 : s.#currentLineCount();
    s.#scheduleReveal();
    return s;
  }

  #resume(attempt: Attempt) {
    this.#attempt = attempt;
    if (attempt.scriptHash === this.script.hash) {
      try {
        const restored = createActor(this.#machine, { snapshot: attempt.snapshot as never, input: {} }).getSnapshot();
        if (restored.status === 'active' && String(restored.value) === attempt.sceneId) {
          this.#snapshot = restored;
          this.#openedAs = 'resumed';
          return;
        }
      } catch {
        // fall through to replaying the log
      }
    }
    const r = replay(this.#machine, attempt.steps);
    if (r.ok) {
      this.#snapshot = r.snapshot;
      this.#openedAs = 'replayed';
    } else {
      this.#snapshot = initialTransition(this.#machine, {})[0];
      this.#openedAs = 'replay-failed';
      this.#replayProblem = `Step ${r.failedAt + 1} of your saved session could not be replayed: ${r.reason}.`;
    }
  }

  async #begin() {
    const [snapshot] = initialTransition(this.#machine, {});
    const now = new Date().toISOString();
    const attempt: Attempt = {
      schema: ATTEMPT_SCHEMA,
      id: newId(),
      moduleId: this.script.id,
      scriptHash: this.script.hash,
      status: 'active',
      startedAt: now,
      updatedAt: now,
      activeMs: 0,
      steps: [],
      undone: [],
      snapshot: this.#machine.getPersistedSnapshot(snapshot),
      sceneId: String(snapshot.value),
      climate: snapshot.context.climate,
    };
    await this.#repo.saveAttempt(attempt);
    this.#snapshot = snapshot;
    this.#attempt = attempt;
    this.#openedAs = 'new';
  }

  // ---- derived view data -------------------------------------------------------------------

  /** The attempt record as saved. */
  get attempt(): Attempt { return this.#attempt; }
  /** How the session was opened (new, resumed, replayed from an older script, or not replayable). */
  get openedAs(): OpenedAs { return this.#openedAs; }
  /** Why an old save could not be replayed, when it could not. */
  get replayProblem(): string | null { return this.#replayProblem; }
  /** The machine context (climate, chosen, trail). */
  get context() { return this.#snapshot.context; }
  /** The current scene. */
  get scene(): Scene { return indexScript(this.script).scenes.get(String(this.#snapshot.value))!; }
  /** True once an ending is reached. */
  get done(): boolean { return this.#snapshot.status === 'done'; }
  /** The session clock. */
  get clock() { return clock(this.script, this.#snapshot.context, this.done); }
  /**
   * Every transcript item of play, including lines of the current scene not yet revealed. Inner
   * voices kept for the debrief are not in it: they never show during play, even with inner
   * voices on (the debrief reads them from `derive.ts`).
   */
  get fullTranscript(): TranscriptItem[] { return transcript(this.script, this.#snapshot.context).filter((t) => !t.debriefOnly); }
  /** Transcript items revealed so far. */
  get transcript(): TranscriptItem[] {
    const all = this.fullTranscript;
    const hidden = this.#currentLineCount() - this.#revealed;
    return hidden > 0 ? all.slice(0, all.length - hidden) : all;
  }
  /** True while lines of the current scene are still appearing. */
  get revealing(): boolean { return this.#revealed < this.#currentLineCount(); }
  /** Choices the learner can pick now (empty while lines are appearing). */
  get choices(): Choice[] {
    if (this.done || this.revealing) return [];
    return offeredChoices(this.scene, this.#snapshot.context);
  }
  /** True when the scene moves on without a choice and its lines are all shown. */
  get canContinue(): boolean { return !this.done && !this.revealing && this.scene.choices.length === 0; }
  /** True when there is a choice to take back. */
  get canGoBack(): boolean { return this.#attempt.steps.some((s) => s.type === 'choice'); }
  /** The choice just made, for immediate feedback. */
  get lastChoice(): Choice | null { return this.#lastChoice; }
  /** A save or replay problem to show, if any. */
  get error(): string | null { return this.#error; }
  /** True while a step is being saved. */
  get busy(): boolean { return this.#busy; }
  /** The learner's settings. */
  get settings(): Settings { return this.#settings; }
  /** True when this attempt was continued in another tab since this tab last saved it. */
  get movedOn(): boolean { return this.#movedOn; }

  // ---- actions ------------------------------------------------------------------------------

  /** Pick a choice; resolves once it is saved and shown. */
  choose(choiceId: string): Promise<boolean> {
    const choice = this.choices.find((c) => c.id === choiceId);
    if (!choice) return Promise.resolve(false);
    return this.#step({ type: 'choice', scene: this.scene.id, choice: choiceId, at: new Date().toISOString() }, choice);
  }

  /** Move on from a scene without choices. */
  continue(): Promise<boolean> {
    if (!this.canContinue) return Promise.resolve(false);
    return this.#step({ type: 'continue', scene: this.scene.id, at: new Date().toISOString() }, null);
  }

  async #step(step: Step, choice: Choice | null): Promise<boolean> {
    if (this.#busy) return false;
    const event = stepEvent(step);
    if (!this.#snapshot.can(event)) return false;
    const [next] = transition(this.#machine, this.#snapshot, event);
    const now = Date.now();
    const gap = Math.min(MAX_GAP_MS, Math.max(0, now - Date.parse(this.#attempt.updatedAt)));
    const attempt = this.#record(next, { steps: [...this.#attempt.steps, step], activeMs: this.#attempt.activeMs + gap });
    const ok = await this.#save(attempt);
    if (!ok) return false;
    this.#snapshot = next;
    this.#lastChoice = choice;
    this.#revealed = 0;
    this.#scheduleReveal();
    return true;
  }

  /** Take back the last choice (and any scenes passed since); the undo is recorded. */
  async goBack(): Promise<boolean> {
    if (this.#busy) return false;
    const steps = this.#attempt.steps;
    let cut = steps.length - 1;
    while (cut >= 0 && steps[cut]!.type !== 'choice') cut--;
    if (cut < 0) return false;
    const kept = steps.slice(0, cut);
    const r = replay(this.#machine, kept);
    if (!r.ok) {
      this.#error = `Could not go back: ${r.reason}.`;
      return false;
    }
    const undoneAt = new Date().toISOString();
    const undone = [...this.#attempt.undone, ...steps.slice(cut).reverse().map((step) => ({ step, undoneAt }))];
    const attempt = this.#record(r.snapshot, { steps: kept, undone, status: 'active', endingId: undefined });
    if (!(await this.#save(attempt))) return false;
    this.#snapshot = r.snapshot;
    this.#lastChoice = null;
    this.#revealed = this.#currentLineCount();
    return true;
  }

  /** Abandon this attempt and start a new one. */
  async restart(): Promise<void> {
    if (this.#attempt.status === 'active') await this.#save({ ...this.#attempt, status: 'abandoned', updatedAt: new Date().toISOString() });
    this.#clearTimer();
    this.#lastChoice = null;
    this.#replayProblem = null;
    this.#error = null;
    await this.#begin();
    this.#revealed = 0;
    this.#scheduleReveal();
  }

  /** Show every line of the current scene now. */
  revealAll(): void {
    this.#clearTimer();
    this.#revealed = this.#currentLineCount();
  }

  /**
   * Be told after every saved step (choice, continue, go back, start over): used by reporters such
   * as the SCORM adapter. Returns a function that stops listening.
   */
  onSaved(listener: (attempt: Attempt, session: Session) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Catch up with the attempt as another tab left it. */
  async follow(): Promise<void> {
    const latest = await this.#repo.getAttempt(this.#attempt.id);
    this.#movedOn = false;
    this.#error = null;
    if (!latest) return;
    if (latest.status === 'abandoned') {
      await this.restart();
      return;
    }
    this.#resume(latest);
    this.#lastChoice = null;
    this.#revealed = this.#currentLineCount();
  }

  /** Stop timers and listeners (call when the view goes away). */
  dispose(): void {
    this.#clearTimer();
    this.#stopListening();
  }

  // ---- internals ----------------------------------------------------------------------------

  #record(snapshot: SessionSnapshot, changes: Partial<Attempt>): Attempt {
    const done = snapshot.status === 'done';
    const base: Attempt = {
      ...this.#attempt,
      ...changes,
      updatedAt: new Date().toISOString(),
      snapshot: this.#machine.getPersistedSnapshot(snapshot),
      sceneId: String(snapshot.value),
      climate: snapshot.context.climate,
      status: done ? 'completed' : (changes.status ?? this.#attempt.status),
    };
    if (done) base.endingId = String(snapshot.value);
    else delete base.endingId;
    return base;
  }

  async #save(attempt: Attempt): Promise<boolean> {
    this.#busy = true;
    try {
      await guardedSave(this.#repo, this.#attempt, attempt);
      this.#attempt = attempt;
      this.#error = null;
      setTimeout(() => this.#listeners.forEach((l) => l(attempt, this)), 0);
      return true;
    } catch (e) {
      if (e instanceof AttemptMovedOn) {
        this.#movedOn = true;
        this.#error = null;
        return false;
      }
      const { name = '', message = '' } = (e ?? {}) as { name?: string; message?: string };
      this.#error = /quota/i.test(`${name} ${message}`)
        ? 'Your browser’s storage is full, so this step was not saved. Free some space or export a backup, then try again.'
        : `This step could not be saved (${message || name || 'unknown error'}). Nothing was lost; try again.`;
      return false;
    } finally {
      this.#busy = false;
    }
  }

  /** Lines of the current scene shown in play (debrief-only inner voices are not). */
  #currentLineCount(): number {
    const last = this.#snapshot.context.trail[this.#snapshot.context.trail.length - 1];
    if (!last) return 0;
    const scene = indexScript(this.script).scenes.get(last.scene);
    return last.lines.filter((i) => !scene?.lines[i]?.debriefOnly).length;
  }

  #scheduleReveal() {
    this.#clearTimer();
    if (this.#instant || this.#settings.pace === 'instant') {
      this.#revealed = this.#currentLineCount();
      return;
    }
    if (this.#revealed === 0 && this.#currentLineCount() > 0) this.#revealed = 1;
    const tick = () => {
      if (this.#revealed >= this.#currentLineCount()) return;
      const shown = this.transcript;
      const newest = shown[shown.length - 1];
      const delay = newest?.kind === 'inner' ? 400 : readingDelay(newest?.text ?? '');
      this.#timer = setTimeout(() => {
        this.#revealed++;
        tick();
      }, delay);
    };
    tick();
  }

  #clearTimer() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
