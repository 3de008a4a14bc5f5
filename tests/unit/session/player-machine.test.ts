/**
 * The player as pure transitions: no actor runs, nothing is saved. Each test feeds the events the
 * player's actors and timers would send (`xstate.done.actor.<id>`, `xstate.error.actor.<id>`,
 * `xstate.after.<delay>.<state>`) and checks what is shown and what may be done.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { createSessionMachine } from '../../../src/machine/session-machine';
import { attemptRecord } from '../../../src/session/attempt-record';
import { playerMachine } from '../../../src/session/player-machine';
import type { PlayerSnapshot } from '../../../src/session/player-selectors';
import { playView, stageOf } from '../../../src/session/player-selectors';
import { AttemptMovedOn } from '../../../src/session/tab-guard';
import type { Script } from '../../../src/script/types';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/types';
import { validFixture } from '../compile-fixture';
import { fakeLine, fakeScript, withScene } from '../fake-script';

const branching = validFixture('branching');
const repo = new MemoryRepository();

/** Feed any event, the actors' and timers' included. */
const feed = (s: PlayerSnapshot, event: { type: string } & Record<string, unknown>) => transition(playerMachine, s, event as never)[0];

/** The player as it opens `script`. */
function opening(script: Script, options: { instant?: boolean; begin?: boolean } = {}) {
  return initialTransition(playerMachine, { script, storage: Promise.resolve(repo), begin: options.begin ?? true, instant: options.instant ?? true })[0];
}

/** A new attempt at the start of `script`, as opening reports it. */
function newAttempt(script: Script, settings: Settings = DEFAULT_SETTINGS) {
  const machine = createSessionMachine(script);
  const [snapshot] = initialTransition(machine, {});
  const at = '2026-12-01T10:00:00.000Z';
  const attempt = attemptRecord(machine, snapshot, { id: 'a1', moduleId: script.id, scriptHash: script.hash, startedAt: at, activeMs: 0, steps: [], undone: [] }, at);
  return { kind: 'playing', repo, settings, attempt, snapshot, openedAs: 'new' };
}

/** The player open at the start of `script`, ready (or revealing when not instant). */
function opened(script = branching, options: { instant?: boolean; settings?: Settings } = {}) {
  return feed(opening(script, options), { type: 'xstate.done.actor.open', output: newAttempt(script, options.settings) });
}

const scene = (s: PlayerSnapshot) => String(s.context.scene.value);

describe('player machine', () => {
  it('saves a choice before it shows it', () => {
    const saving = feed(opened(), { type: 'choice.select', choiceId: 'protect' });
    expect(saving.matches({ playing: 'saving' })).toBe(true);
    expect(scene(saving)).toBe('ask');
    expect(saving.context.pending?.attempt).toMatchObject({ sceneId: 'discuss', steps: [{ type: 'choice', scene: 'ask', choice: 'protect' }] });
    const shown = feed(saving, { type: 'xstate.done.actor.save', output: undefined });
    expect(scene(shown)).toBe('discuss');
    expect(shown.context.attempt?.sceneId).toBe('discuss');
    expect(shown.context.lastChoice?.id).toBe('protect');
  });

  it('offers the choices and Continue the scene machine accepts, and keeps them on screen but disabled while saving', () => {
    const ready = opened();
    expect(playView(ready).choices.map((c) => c.id)).toEqual(['protect', 'wait']);
    expect(playView(ready).canStep).toBe(true);
    const saving = feed(ready, { type: 'choice.select', choiceId: 'protect' });
    expect(playView(saving).choices.map((c) => c.id)).toEqual(['protect', 'wait']);
    expect(playView(saving).canStep).toBe(false);
    expect(saving.can({ type: 'choice.select', choiceId: 'wait' })).toBe(false);
  });

  it('refuses a choice the scene does not offer', () => {
    const ready = opened();
    expect(ready.can({ type: 'choice.select', choiceId: 'rescue' })).toBe(false);
    expect(feed(ready, { type: 'choice.select', choiceId: 'rescue' })).toBe(ready);
  });

  it('keeps the scene when a save fails, says why, and lets the learner try again', () => {
    const saving = feed(opened(), { type: 'choice.select', choiceId: 'protect' });
    const failed = feed(saving, { type: 'xstate.error.actor.save', error: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
    expect(failed.matches({ playing: 'stepFailed' })).toBe(true);
    expect(scene(failed)).toBe('ask');
    expect(failed.context.stepProblem).toEqual({ code: 'storage-full' });
    expect(failed.context.pending).toBeUndefined();
    expect(failed.can({ type: 'choice.select', choiceId: 'protect' })).toBe(true);
  });

  it('says so when the save was refused because another tab moved on', () => {
    const saving = feed(opened(), { type: 'choice.select', choiceId: 'protect' });
    const movedOn = feed(saving, { type: 'xstate.error.actor.save', error: new AttemptMovedOn() });
    expect(movedOn.matches({ playing: 'movedOn' })).toBe(true);
    expect(scene(movedOn)).toBe('ask');
    expect(playView(movedOn)).toMatchObject({ movedOn: true, choices: [], canGoBack: false });
    expect(movedOn.can({ type: 'session.follow' })).toBe(true);
  });

  it('moves on at once when another tab saves this attempt, but not for its own save', () => {
    const ready = opened();
    const { id, updatedAt } = ready.context.attempt!;
    expect(feed(ready, { type: 'attempt.savedElsewhere', attemptId: id, updatedAt }).matches({ playing: 'ready' })).toBe(true);
    expect(feed(ready, { type: 'attempt.savedElsewhere', attemptId: 'other', updatedAt: 'later' }).matches({ playing: 'ready' })).toBe(true);
    expect(feed(ready, { type: 'attempt.savedElsewhere', attemptId: id, updatedAt: 'later' }).matches({ playing: 'movedOn' })).toBe(true);
  });

  it('reveals a scene line by line at a readable pace, or all at once on request', () => {
    const script = withScene(fakeScript(), 'ask', (s) => ({ ...s, lines: ['one', 'two', 'three'].map((t, i) => fakeLine(`ask#${i}`, { text: t })) }));
    const first = opened(script, { instant: false });
    expect(first.matches({ playing: 'revealing' })).toBe(true);
    expect(first.context.revealed).toBe(1);
    expect(playView(first).choices).toEqual([]);
    const after = `xstate.after.lineDelay.player.playing.revealing`;
    const second = feed(first, { type: after });
    expect(second.context.revealed).toBe(2);
    const third = feed(second, { type: after });
    expect(third.context.revealed).toBe(3);
    expect(third.matches({ playing: 'ready' })).toBe(true);
    const all = feed(first, { type: 'lines.showAll' });
    expect(all.context.revealed).toBe(3);
    expect(all.matches({ playing: 'ready' })).toBe(true);
  });

  it('shows every line at once with reduced motion or the "all at once" setting', () => {
    const script = withScene(fakeScript(), 'ask', (s) => ({ ...s, lines: [fakeLine('ask#1'), fakeLine('ask#2')] }));
    expect(opened(script, { instant: true }).context.revealed).toBe(2);
    const setting = opened(script, { instant: false, settings: { ...DEFAULT_SETTINGS, pace: 'instant' } });
    expect(setting.context.revealed).toBe(2);
    expect(setting.matches({ playing: 'ready' })).toBe(true);
  });

  it('goes back one choice by replaying the steps before it, saved before it is shown', () => {
    const saved = feed(feed(opened(), { type: 'choice.select', choiceId: 'wait' }), { type: 'xstate.done.actor.save', output: undefined });
    const back = feed(saved, { type: 'step.back' });
    expect(back.matches({ playing: 'saving' })).toBe(true);
    expect(scene(back)).toBe('discuss');
    expect(back.context.pending?.attempt).toMatchObject({ sceneId: 'ask', steps: [], undone: [{ step: { choice: 'wait' } }] });
    expect(scene(feed(back, { type: 'xstate.done.actor.save', output: undefined }))).toBe('ask');
  });

  it('ends at an ending once its step is saved', () => {
    let s = opened();
    for (const choiceId of ['protect', 'hold']) s = feed(feed(s, { type: 'choice.select', choiceId }), { type: 'xstate.done.actor.save', output: undefined });
    expect(s.matches('ended')).toBe(true);
    expect(stageOf(s)).toBe('ended');
    expect(s.context.attempt).toMatchObject({ status: 'completed', endingId: 'open' });
  });

  it('fails to open when storage fails, and can try again', () => {
    const failed = feed(opening(branching), { type: 'xstate.error.actor.open', error: new Error('IndexedDB is broken') });
    expect(stageOf(failed)).toBe('failed');
    expect(failed.context.openProblem).toEqual({ code: 'storage' });
    expect(failed.can({ type: 'session.restart' })).toBe(false);
    expect(feed(failed, { type: 'session.retry' }).matches('opening')).toBe(true);
  });

  it('fails to open when opening takes too long', () => {
    const late = feed(opening(branching), { type: 'xstate.after.openTimeout.player.opening' });
    expect(stageOf(late)).toBe('failed');
    expect(late.context.openProblem).toEqual({ code: 'timed-out' });
  });

  it('fails to open an attempt that cannot be restored, and starts again keeping it to be abandoned', () => {
    const { attempt } = newAttempt(branching);
    const problem = { code: 'damaged', failedAt: 0, problem: { code: 'not-offered', scene: 'ask', choice: 'gone' } };
    const failed = feed(opening(branching), { type: 'xstate.done.actor.open', output: { kind: 'unrestorable', repo, settings: DEFAULT_SETTINGS, attempt, problem } });
    expect(stageOf(failed)).toBe('failed');
    expect(failed.context.openProblem).toEqual(problem);
    const [starting, actions] = transition(playerMachine, failed, { type: 'session.restart' });
    expect(starting.matches('starting')).toBe(true);
    const spawn = actions.find((a) => a.type === 'xstate.spawnChild') as { params?: { input?: { abandon?: unknown } } } | undefined;
    expect(spawn?.params?.input?.abandon).toBe(attempt);
    const fresh = newAttempt(branching);
    const playing = feed(starting, { type: 'xstate.done.actor.start', output: { attempt: { ...fresh.attempt, id: 'a2' }, snapshot: fresh.snapshot } });
    expect(stageOf(playing)).toBe('playing');
    expect(playing.context.openProblem).toBeNull();
    expect(playing.context.attempt?.id).toBe('a2');
  });

  it('waits at the introduction when there is no attempt to resume, and begins on request', () => {
    const intro = feed(opening(branching, { begin: false }), { type: 'xstate.done.actor.open', output: { kind: 'introduction', repo, settings: DEFAULT_SETTINGS } });
    expect(stageOf(intro)).toBe('introduction');
    const starting = feed(intro, { type: 'session.begin' });
    expect(starting.matches('starting')).toBe(true);
    expect(stageOf(starting)).toBe('introduction');
  });
});
