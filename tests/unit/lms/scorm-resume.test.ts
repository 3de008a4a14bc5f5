/** Rebuilding an attempt from suspend data, and reconciling it with local progress. */
import { describe, expect, it } from 'vitest';
import { rebuildAttempt, resumeFromLms, stepsFromTokens } from '../../../src/lms/scorm-resume';
import type { StepToken } from '../../../src/lms/types';
import { Session } from '../../../src/session/session.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { checkAttempt } from '../../../src/storage/record-checks';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const choice = (id: string): StepToken => ({ type: 'choice', choice: id });
const state = (...ids: string[]) => ({ module: script.id, hash: script.hash, steps: ids.map(choice) });
const open = (repo: MemoryRepository) => Session.open(script, repo, { instant: true });

describe('rebuilding an attempt from suspend data', () => {
  it('recovers the scenes by replaying and saves a record the repository accepts', () => {
    const r = rebuildAttempt(script, [choice('wait')]);
    if (!('attempt' in r)) throw new Error(r.problem.code);
    expect(r.done).toBe(false);
    expect(r.attempt.steps.map((s) => [s.scene, s.type === 'choice' && s.choice])).toEqual([['ask', 'wait']]);
    expect(r.attempt).toMatchObject({ status: 'active', sceneId: 'discuss', moduleId: script.id, scriptHash: script.hash });
    expect(checkAttempt(structuredClone(r.attempt))).toEqual(r.attempt);
  });

  it('says which step a changed script no longer accepts', () => {
    expect(stepsFromTokens(script, [choice('wait'), choice('protect')], 'now')).toEqual({ problem: { code: 'not-possible', step: 2, scene: 'discuss' } });
    expect(stepsFromTokens(script, [choice('protect'), choice('hold'), { type: 'continue' }], 'now')).toEqual({ problem: { code: 'after-ending', step: 3 } });
  });

  it('resumes in the session at the same scene with the same transcript as the live play', async () => {
    const live = await open(new MemoryRepository());
    await live.choose('wait');
    const repo = new MemoryRepository();
    expect(await resumeFromLms(repo, script, state('wait'))).toMatchObject({ kind: 'rebuilt', sceneId: 'discuss' });
    const again = await open(repo);
    expect(again.openedAs).toBe('resumed');
    expect(again.scene.id).toBe('discuss');
    expect(again.transcript.map((t) => t.key)).toEqual(live.transcript.map((t) => t.key));
    expect(again.choices.map((c) => c.id)).toEqual(['hold', 'rescue']);
  });
});

describe('bringing local progress into line with the LMS', () => {
  it('keeps a local attempt that took the same steps, or more', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    expect(await resumeFromLms(repo, script, state())).toEqual({ kind: 'kept', attemptId: s.attempt.id });
    await s.choose('wait');
    expect(await resumeFromLms(repo, script, state('wait'))).toEqual({ kind: 'kept', attemptId: s.attempt.id });
    expect(await resumeFromLms(repo, script, state())).toEqual({ kind: 'kept', attemptId: s.attempt.id });
  });

  it('replaces a local attempt on another path, keeping it as abandoned', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    await s.choose('protect');
    const r = await resumeFromLms(repo, script, state('wait'));
    expect(r.kind).toBe('rebuilt');
    const all = await repo.listAttempts();
    expect(all.map((a) => [a.status, a.sceneId, a.steps.length]).sort()).toEqual([['abandoned', 'discuss', 1], ['active', 'discuss', 1]]);
    expect((await repo.activeAttempt(script.id))?.steps[0]).toMatchObject({ choice: 'wait' });
  });

  it('starts fresh when the LMS has no progress, or a finished one (stale local attempts are abandoned)', async () => {
    const repo = new MemoryRepository();
    await (await open(repo)).choose('wait');
    expect(await resumeFromLms(repo, script, undefined)).toEqual({ kind: 'fresh' });
    expect(await repo.activeAttempt(script.id)).toBeUndefined();
    await (await open(repo)).choose('wait');
    expect(await resumeFromLms(repo, script, state('protect', 'hold'))).toEqual({ kind: 'fresh' });
    expect(await repo.activeAttempt(script.id)).toBeUndefined();
  });

  it('leaves local progress alone when the LMS log does not fit the script', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    expect(await resumeFromLms(repo, script, state('no-such-choice'))).toEqual({ kind: 'failed', problem: { code: 'not-possible', step: 1, scene: 'ask' } });
    expect((await repo.activeAttempt(script.id))?.id).toBe(s.attempt.id);
  });
});
