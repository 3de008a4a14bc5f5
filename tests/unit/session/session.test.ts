import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/session/session.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import type { Attempt } from '../../../src/storage/types';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const open = (repo = new MemoryRepository(), s = script) => Session.open(s, repo, { instant: true });

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
    const save = repo.saveAttempt.bind(repo);
    repo.saveAttempt = async (a: Attempt) => {
      order.push(`save:${a.sceneId}:scene-shown=${s.scene.id}`);
      await save(a);
    };
    await s.choose('protect');
    expect(order).toEqual(['save:discuss:scene-shown=ask']);
    expect(s.scene.id).toBe('discuss');
  });

  it('keeps the scene when a save fails and says so', async () => {
    const repo = new MemoryRepository();
    const s = await open(repo);
    repo.saveAttempt = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect(await s.choose('protect')).toBe(false);
    expect(s.scene.id).toBe('ask');
    expect(s.error).toMatch(/storage is full/);
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
    const repo = new MemoryRepository();
    const first = await open(repo);
    await first.choose('wait');
    const changed = { ...script, hash: 'different' };
    const again = await open(repo, changed);
    expect(again.openedAs).toBe('replayed');
    expect(again.scene.id).toBe('discuss');
    expect(again.context.climate.safety).toBe(20);
  });

  it('tells the learner when an old save cannot be replayed', async () => {
    const repo = new MemoryRepository();
    const first = await open(repo);
    await first.choose('wait');
    const changed = { ...script, hash: 'different', scenes: script.scenes.map((sc) => (sc.id === 'ask' ? { ...sc, choices: sc.choices.filter((c) => c.id !== 'wait') } : sc)) };
    const again = await open(repo, changed);
    expect(again.openedAs).toBe('replay-failed');
    expect(again.replayProblem).toMatch(/choice "wait" is no longer offered/);
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
});
