/**
 * The effects the player machine invokes, and nothing else: open storage and the module's
 * unfinished attempt, start a new attempt, save a step, read the attempt as another tab left it,
 * and listen for other tabs' saves. Each is an XState actor (`fromPromise`, `fromCallback`) named
 * in the machine's `setup`, so the machine itself stays pure logic, tested with `transition()` by
 * feeding these actors' done and error events, and these are tested against a real repository.
 */
import { fromCallback, fromPromise, initialTransition } from 'xstate';
import type { SessionMachine } from '../machine/session-machine';
import type { Script } from '../script/types';
import type { ProgressRepository } from '../storage/repository';
import type { Attempt, Settings } from '../storage/types';
import { attemptRecord } from './attempt-record';
import { newId } from './new-id';
import type { SessionSnapshot } from './replay';
import { restoreAttempt } from './restore-attempt';
import { guardedSave, onSavedElsewhere, type AttemptSaved } from './tab-guard';
import { mark } from './timing';
import type { OpenedAs, RestoreProblem } from './types';

/** What opening found. */
export type Opened =
  /** An attempt to play: the unfinished one restored, or a new one saved. */
  | { kind: 'playing'; repo: ProgressRepository; settings: Settings; attempt: Attempt; snapshot: SessionSnapshot; openedAs: OpenedAs }
  /** No unfinished attempt, and none is to be started before the learner presses Begin. */
  | { kind: 'introduction'; repo: ProgressRepository; settings: Settings }
  /** The unfinished attempt cannot be restored (it is left as it is). */
  | { kind: 'unrestorable'; repo: ProgressRepository; settings: Settings; attempt: Attempt; problem: RestoreProblem };

/** What opening needs. */
export interface OpenInput {
  /** The script. */
  script: Script;
  /** Its scene machine. */
  machine: SessionMachine;
  /** Storage, opened on first use. */
  storage: PromiseLike<ProgressRepository>;
  /** Start a new attempt when there is no unfinished one. */
  begin: boolean;
}

/** What starting an attempt needs. */
export interface StartInput {
  /** The script. */
  script: Script;
  /** Its scene machine. */
  machine: SessionMachine;
  /** Storage. */
  repo: ProgressRepository;
  /** An unfinished attempt to mark abandoned first (it is kept, never deleted). */
  abandon?: Attempt;
}

/** A new attempt, saved. */
export interface Started {
  /** The record as saved. */
  attempt: Attempt;
  /** The scene snapshot at the start. */
  snapshot: SessionSnapshot;
}

/** Open storage and the module's unfinished attempt; start one if asked to and there is none. */
export async function openSession({ script, machine, storage, begin }: OpenInput): Promise<Opened> {
  const repo = await storage;
  mark('balint:open:storage');
  const [settings, active] = await Promise.all([repo.getSettings(), repo.activeAttempt(script.id)]);
  mark('balint:open:attempt-read');
  if (active) {
    const r = restoreAttempt(machine, script, active);
    if (!r.ok) return { kind: 'unrestorable', repo, settings, attempt: active, problem: r.problem };
    return { kind: 'playing', repo, settings, attempt: active, snapshot: r.snapshot, openedAs: r.openedAs };
  }
  if (!begin) return { kind: 'introduction', repo, settings };
  const started = await startAttempt({ script, machine, repo });
  return { kind: 'playing', repo, settings, ...started, openedAs: 'new' };
}

/** Mark `abandon` (as stored now) abandoned, then save a new attempt at the script's start. */
export async function startAttempt({ script, machine, repo, abandon }: StartInput): Promise<Started> {
  const now = new Date().toISOString();
  if (abandon) {
    const stored = await repo.getAttempt(abandon.id);
    if (stored?.status === 'active') await guardedSave(repo, stored, { ...stored, status: 'abandoned', updatedAt: now });
  }
  const [snapshot] = initialTransition(machine, {});
  const facts = { id: newId(), moduleId: script.id, scriptHash: script.hash, startedAt: now, activeMs: 0, steps: [], undone: [] };
  const attempt = attemptRecord(machine, snapshot, facts, now);
  await guardedSave(repo, undefined, attempt);
  return { attempt, snapshot };
}

/** The player's actors, by the names its `setup` gives them. */
export const playerActors = {
  /** See `openSession`. */
  openSession: fromPromise<Opened, OpenInput>(({ input }) => openSession(input)),
  /** See `startAttempt`. */
  startAttempt: fromPromise<Started, StartInput>(({ input }) => startAttempt(input)),
  /** Save `next` unless another tab moved the attempt on since `seen` (then `AttemptMovedOn`). */
  saveStep: fromPromise<void, { repo: ProgressRepository; seen: Attempt; next: Attempt }>(({ input }) => guardedSave(input.repo, input.seen, input.next)),
  /** The attempt as stored now (another tab may have moved it on). */
  readAttempt: fromPromise<Attempt | undefined, { repo: ProgressRepository; id: string }>(({ input }) => input.repo.getAttempt(input.id)),
  /** Tell the player about every save made in another tab. */
  watchOtherTabs: fromCallback<{ type: 'attempt.savedElsewhere' } & AttemptSaved>(({ sendBack }) =>
    onSavedElsewhere((m) => sendBack({ type: 'attempt.savedElsewhere', attemptId: m.attemptId, updatedAt: m.updatedAt })),
  ),
};
