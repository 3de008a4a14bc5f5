/**
 * The one place an attempt record is built: from a scene-machine snapshot (stored as plain JSON)
 * and the facts the snapshot does not hold (ids, times, the step log). The session saves what
 * this returns after every step, the LMS resume saves what it returns for an attempt rebuilt from
 * suspend data, and the tests build their records with it, so every record has the same shape:
 * the status follows the snapshot (an ending completes the attempt and names it), and nothing of
 * an earlier record (an old ending, an old snapshot) can leak into a new one. Pure.
 */
import type { SessionMachine } from '../machine/session-machine';
import { ATTEMPT_SCHEMA, type Attempt } from '../storage/types';
import type { SessionSnapshot } from './replay';

/** What a record holds besides what the snapshot gives. */
export type AttemptFacts = Pick<Attempt, 'id' | 'moduleId' | 'scriptHash' | 'startedAt' | 'activeMs' | 'steps' | 'undone'> & {
  /** `abandoned` keeps an abandoned attempt so; otherwise the snapshot decides (`completed` at an ending, else `active`). */
  status?: Attempt['status'];
};

/** The attempt record for `snapshot`, last changed at `updatedAt` (ISO time). */
export function attemptRecord(machine: SessionMachine, snapshot: SessionSnapshot, facts: AttemptFacts, updatedAt: string): Attempt {
  const done = snapshot.status === 'done';
  const { id, moduleId, scriptHash, startedAt, activeMs, steps, undone } = facts;
  return {
    schema: ATTEMPT_SCHEMA,
    id,
    moduleId,
    scriptHash,
    status: done ? 'completed' : facts.status === 'abandoned' ? 'abandoned' : 'active',
    startedAt,
    updatedAt,
    activeMs,
    steps,
    undone,
    // As JSON: XState's persisted snapshot holds keys set to undefined (output, error), which a backup
    // would drop; the record stored is the record a backup restores.
    snapshot: JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot))) as unknown,
    sceneId: String(snapshot.value),
    climate: snapshot.context.climate,
    ...(done ? { endingId: String(snapshot.value) } : {}),
  };
}
