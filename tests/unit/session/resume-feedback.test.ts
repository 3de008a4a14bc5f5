/**
 * A reload mid-session shows again the feedback that was on screen: the player, opening an attempt
 * whose last step was a choice, has that choice as the one just made. After Continue or Go back
 * nothing was on screen, and nothing is shown again. Pure transitions: no actor runs.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { createSessionMachine } from '../../../src/machine/session-machine';
import { attemptRecord } from '../../../src/session/attempt-record';
import { playerMachine } from '../../../src/session/player-machine';
import type { PlayerSnapshot } from '../../../src/session/player-selectors';
import { playView } from '../../../src/session/player-selectors';
import { replay } from '../../../src/session/replay';
import { lastChoiceShown } from '../../../src/session/last-choice';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { DEFAULT_SETTINGS, type Attempt } from '../../../src/storage/types';
import { validFixture } from '../compile-fixture';

const branching = validFixture('branching');
const repo = new MemoryRepository();
const feed = (s: PlayerSnapshot, event: { type: string } & Record<string, unknown>) => transition(playerMachine, s, event as never)[0];

/** The player opening a saved attempt of `branching` with these steps (and undos). */
function resumed(steps: Attempt['steps'], undone: Attempt['undone'] = []) {
  const machine = createSessionMachine(branching);
  const r = replay(machine, steps);
  if (!r.ok) throw new Error('fixture steps do not replay');
  const at = '2026-12-01T10:00:00.000Z';
  const attempt = attemptRecord(machine, r.snapshot, { id: 'a1', moduleId: branching.id, scriptHash: branching.hash, startedAt: at, activeMs: 0, steps, undone }, at);
  const opening = initialTransition(playerMachine, { script: branching, storage: Promise.resolve(repo), begin: true, instant: true })[0];
  return feed(opening, { type: 'xstate.done.actor.open', output: { kind: 'playing', repo, settings: DEFAULT_SETTINGS, attempt, snapshot: r.snapshot, openedAs: 'resumed' } });
}

const chose = { type: 'choice' as const, scene: 'ask', choice: 'protect', at: '2026-12-01T10:01:00.000Z' };

describe('resuming an attempt', () => {
  it('shows again the feedback of a choice that was the last step', () => {
    expect(playView(resumed([chose])).lastChoice?.id).toBe('protect');
  });

  it('shows no feedback when the last step was Continue', () => {
    const base = resumed([chose]).context.attempt!;
    expect(lastChoiceShown(branching, { ...base, steps: [chose, { type: 'continue', scene: 'discuss', at: '2026-12-01T10:02:00.000Z' }] })).toBeNull();
  });

  it('shows no feedback when the last thing done was Go back', () => {
    const s = resumed([chose], [{ step: { ...chose, choice: 'wait' }, undoneAt: '2026-12-01T10:03:00.000Z' }]);
    expect(playView(s).lastChoice).toBeNull();
  });
});
