/**
 * Resuming from the LMS. Inside an LMS the package's IndexedDB belongs to the LMS's origin and to
 * one browser, but the learner may come back on another device, so `cmi.suspend_data` is the
 * record of where they are. Before the module view opens, the local repository is brought into
 * line with it, and then `Session.open` resumes exactly as it does after a reload:
 *
 * - local active attempt takes the same steps, or more (the LMS missed a commit): keep it;
 * - otherwise rebuild the attempt by replaying the logged steps through the session machine
 *   (the same `replay` the app uses for older saves), save it, and mark any other active attempt
 *   of the module abandoned, so `activeAttempt` finds the rebuilt one;
 * - a log that ends at an ending (finished earlier) or that the script no longer accepts is not
 *   rebuilt: the learner starts a new play-through, and nothing wrong is shown.
 *
 * No suspend data means the LMS has no progress for this learner and SCO (a first launch, or a new
 * attempt the LMS started), so a stale local attempt for the module is abandoned too: it may
 * belong to another course on the same LMS.
 */
import { createSessionMachine } from '../machine/session-machine';
import { attemptRecord } from '../session/attempt-record';
import { replay, type ReplayResult } from '../session/replay';
import { newId } from '../session/new-id';
import type { Script } from '../script/types';
import type { ProgressRepository } from '../storage/repository';
import type { Attempt, Step } from '../storage/types';
import { isPrefix, tokensOf } from './scorm-suspend';
import type { ReplayProblem, ResumeError, StepToken, SuspendState } from './types';

/** What resuming did. */
export type ResumeOutcome =
  /** The local attempt already matched (or was ahead of) the LMS. */
  | { kind: 'kept'; attemptId: string }
  /** An attempt was rebuilt from suspend data and saved. */
  | { kind: 'rebuilt'; attemptId: string; sceneId: string }
  /** Nothing to resume (no data, or the data ends at an ending). */
  | { kind: 'fresh' }
  /** The steps do not fit the script any more. */
  | { kind: 'failed'; problem: ReplayProblem | ResumeError };

/** Why a walk of logged tokens stopped, as the code the LMS outcome carries. */
function tokenProblem(r: Extract<ReplayResult, { ok: false }>): ReplayProblem {
  const p = r.problem;
  return p.code === 'after-ending' ? { code: 'after-ending', step: r.failedAt + 1 } : { code: 'not-possible', step: r.failedAt + 1, scene: 'scene' in p ? p.scene : p.reached };
}

/** Give logged tokens their scenes by walking the machine, or say which step it does not accept. */
export function stepsFromTokens(script: Script, tokens: readonly StepToken[], at: string): { steps: Step[] } | { problem: ReplayProblem } {
  const r = replay(createSessionMachine(script), tokens.map((t) => ({ ...t, at })));
  return r.ok ? { steps: r.steps } : { problem: tokenProblem(r) };
}

/** An active attempt rebuilt from a choice log, exactly as the session would have saved it (one walk). */
export function rebuildAttempt(script: Script, tokens: readonly StepToken[], now = new Date()): { attempt: Attempt; done: boolean } | { problem: ReplayProblem } {
  const at = now.toISOString();
  const machine = createSessionMachine(script);
  const r = replay(machine, tokens.map((t) => ({ ...t, at })));
  if (!r.ok) return { problem: tokenProblem(r) };
  const facts = { id: newId(), moduleId: script.id, scriptHash: script.hash, startedAt: at, activeMs: 0, steps: r.steps, undone: [] };
  return { attempt: attemptRecord(machine, r.snapshot, facts, at), done: r.snapshot.status === 'done' };
}

async function abandonActive(repo: ProgressRepository, moduleId: string): Promise<void> {
  // activeAttempt returns the newest; loop in case more than one is active.
  for (let i = 0; i < 20; i++) {
    const a = await repo.activeAttempt(moduleId);
    if (!a) return;
    await repo.saveAttempt({ ...a, status: 'abandoned', updatedAt: new Date().toISOString() });
  }
}

/** Bring the local repository into line with the LMS's suspend data for `script`. */
export async function resumeFromLms(repo: ProgressRepository, script: Script, state: SuspendState | undefined, now = new Date()): Promise<ResumeOutcome> {
  const local = await repo.activeAttempt(script.id);
  if (!state || state.module !== script.id) {
    await abandonActive(repo, script.id);
    return { kind: 'fresh' };
  }
  if (local && isPrefix(state.steps, tokensOf(local.steps))) return { kind: 'kept', attemptId: local.id };
  const rebuilt = rebuildAttempt(script, state.steps, now);
  if ('problem' in rebuilt) return { kind: 'failed', problem: rebuilt.problem };
  if (rebuilt.done) {
    await abandonActive(repo, script.id);
    return { kind: 'fresh' };
  }
  await abandonActive(repo, script.id);
  await repo.saveAttempt(rebuilt.attempt);
  return { kind: 'rebuilt', attemptId: rebuilt.attempt.id, sceneId: rebuilt.attempt.sceneId };
}
