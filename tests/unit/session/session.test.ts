/**
 * The session as the app holds it (the player actor behind the `Session` bridge) on a real memory
 * repository: what is saved, what is shown, and what happens to attempts that cannot be restored.
 */
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/session/session.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import type { Attempt } from '../../../src/storage/types';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const open = (repo = new MemoryRepository(), s = script) => Session.open(s, repo, { instant: true });

/** A repository holding one active attempt of `script` played to `discuss` by "wait", then changed by `change`. */
async function savedThen(change: (a: Attempt) => Attempt): Promise<MemoryRepository> {
  const repo = new MemoryRepository();
  const first = await open(repo);
  await first.choose('wait');
  first.dispose();
  await repo.saveAttempt(change((await repo.listAttempts())[0]!));
  return repo;
}

/** A stored snapshot in the shape storage accepts, at the start of `script`. */
const a0Snapshot = () => ({ status: 'active', value: 'ask', historyValue: {}, context: { climate: { safety: 50 }, chosen: [], visited: ['ask'], trail: [{ scene: 'ask', lines: [0], climate: { safety: 50 } }] }, children: {} });

describe('Session', () => {
  it('starts a new attempt and saves it before anything is shown', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    expect(s.openedAs).toBe('new');
    expect(s.scene.id).toBe('ask');
    expect((await repo.listAttempts()).map((a) => a.sceneId)).toEqual(['ask']);
  });

  it('saves each choice before the view moves on', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    const order: string[] = [];
    const save = repo.saveAttemptIfUnchanged.bind(repo);
    repo.saveAttemptIfUnchanged = async (a: Attempt, seen) => {
      order.push(`save:${a.sceneId}:scene-shown=${s.scene.id}`);
      return save(a, seen);
    };
    await s.choose('protect');
    expect(order).toEqual(['save:discuss:scene-shown=ask']);
    expect(s.scene.id).toBe('discuss');
  });

  it('keeps the scene when a save fails and says why', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    repo.quotaBytes = 0;
    expect(await s.choose('protect')).toBe(false);
    expect(s.scene.id).toBe('ask');
    expect(s.error).toBe('storage-full');
  });

  it('resumes an unfinished attempt at the same scene with its transcript', async () => {
    const repo = new MemoryRepository();
    const first = await open(repo);
    await first.choose('wait');
    const before = first.transcript.map((t) => t.key);
    const again = await open(repo);
    expect(again.openedAs).toBe('resumed');
    expect(again.scene.id).toBe('discuss');
    expect(again.transcript.map((t) => t.key)).toEqual(before);
  });

  it('replays the choice log when the script changed since the save', async () => {
    const repo = await savedThen((a) => a);
    const again = await open(repo, { ...script, hash: 'different' });
    expect(again.openedAs).toBe('replayed');
    expect(again.scene.id).toBe('discuss');
    expect(again.context.climate.safety).toBe(20);
  });

  it('replays the choice log when the saved snapshot names a scene the script does not have', async () => {
    const repo = await savedThen((a) => ({ ...a, snapshot: { ...(a.snapshot as object), value: 'no-such-scene' } }));
    const again = await open(repo);
    expect(again.openedAs).toBe('repaired');
    expect(again.scene.id).toBe('discuss');
  });

  it('fails to open, with a reason, when an old save can no longer be replayed', async () => {
    const repo = await savedThen((a) => a);
    const changed = { ...script, hash: 'different', scenes: script.scenes.map((sc) => (sc.id === 'ask' ? { ...sc, choices: sc.choices.filter((c) => c.id !== 'wait') } : sc)) };
    const again = await open(repo, changed);
    expect(again.openProblem).toEqual({ code: 'changed', failedAt: 0, problem: { code: 'not-offered', scene: 'ask', choice: 'wait' } });
  });

  it('starts again from an attempt that cannot be restored, keeping the old one as abandoned', async () => {
    const noSuchScene = { ...(a0Snapshot()), value: 'no-such-scene' };
    const repo = await savedThen((a) => ({ ...a, snapshot: noSuchScene, steps: [{ type: 'choice', scene: 'ask', choice: 'gone', at: a.updatedAt }] }));
    const [old] = await repo.listAttempts();
    const s = await open(repo);
    expect(s.openProblem).toMatchObject({ code: 'damaged', failedAt: 0 });
    expect(await s.restart()).toBe(true);
    expect(s.scene.id).toBe('ask');
    expect(s.attempt.id).not.toBe(old!.id);
    expect(await repo.getAttempt(old!.id)).toMatchObject({ status: 'abandoned', steps: old!.steps });
  });

  it('goes back one choice and records the undo', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    await s.choose('wait');
    expect(await s.goBack()).toBe(true);
    expect(s.scene.id).toBe('ask');
    expect(s.context.climate.safety).toBe(50);
    const saved = (await repo.listAttempts())[0]!;
    expect(saved.steps).toEqual([]);
    expect(saved.undone.map((u) => u.step)).toMatchObject([{ type: 'choice', choice: 'wait' }]);
  });

  it('completes at an ending and records it', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    await s.choose('protect');
    await s.choose('hold');
    expect(s.done).toBe(true);
    const saved = (await repo.listAttempts())[0]!;
    expect(saved.status).toBe('completed');
    expect(saved.endingId).toBe('open');
  });

  it('starts over as a separate attempt and abandons the old one', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    await s.choose('wait');
    await s.restart();
    expect(s.scene.id).toBe('ask');
    const statuses = (await repo.listAttempts()).map((a) => a.status).sort();
    expect(statuses).toEqual(['abandoned', 'active']);
  });

  it('tells listeners about every record saved, after the step is shown', async () => {
    const s = await open();
    const heard: string[] = [];
    s.onSaved((a) => heard.push(`${a.sceneId} shown=${s.scene.id}`));
    await s.choose('protect');
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual(['discuss shown=discuss']);
  });
});
