/** Test helper: the scene snapshot after a list of choices from the start, by the app's own walk (`replay`). */
import { createSessionMachine } from '../../../src/machine/session-machine';
import { replay, type SessionSnapshot } from '../../../src/session/replay';
import type { Script } from '../../../src/script/types';

/** The snapshot after picking `choices` in order (throws, naming the step, when one is not offered). */
export function walk(script: Script, ...choices: string[]): SessionSnapshot {
  const r = replay(createSessionMachine(script), choices.map((choice) => ({ type: 'choice' as const, choice, at: '2026-12-01T10:00:00.000Z' })));
  if (!r.ok) throw new Error(`step ${r.failedAt + 1} of ${choices.join(', ')} does not replay: ${r.problem.code}`);
  return r.snapshot;
}
