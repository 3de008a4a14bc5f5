import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/session/session.svelte';
import { AttemptMovedOn, guardedSave, onSavedElsewhere } from '../../../src/session/tab-guard';
import { DexieRepository } from '../../../src/storage/dexie-repository';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeAttempt } from '../fakes';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');

describe('two tabs on one attempt', () => {
  it('refuses a step from a tab that fell behind, and says so', async () => {
    const repo = new MemoryRepository();
    const a = await Session.open(script, repo, { instant: true });
    const b = await Session.open(script, repo, { instant: true });
    expect(b.attempt.id).toBe(a.attempt.id);
    expect(await a.choose('protect')).toBe(true);
    expect(await b.choose('wait')).toBe(false);
    expect(b.movedOn).toBe(true);
    const stored = (await repo.listAttempts())[0]!;
    expect(stored.steps.map((s) => (s.type === 'choice' ? s.choice : s.type))).toEqual(['protect']);
  });

  it('follows the other tab on request', async () => {
    const repo = new MemoryRepository();
    const a = await Session.open(script, repo, { instant: true });
    const b = await Session.open(script, repo, { instant: true });
    await a.choose('protect');
    await b.choose('wait');
    await b.follow();
    expect(b.movedOn).toBe(false);
    expect(b.scene.id).toBe('discuss');
    expect(b.context.chosen).toEqual(['protect']);
    expect(await b.choose('hold')).toBe(true);
  });
});

describe('guardedSave', () => {
  it('refuses a save from a tab that fell behind with AttemptMovedOn, on IndexedDB, and writes nothing', async () => {
    const repo = new DexieRepository(`test-db-guard-${Math.random()}`);
    const seen = fakeAttempt();
    await guardedSave(repo, undefined, seen);
    const ahead = { ...seen, sceneId: 'discuss', updatedAt: '2026-11-25T11:00:00.000Z' };
    await guardedSave(repo, seen, ahead);
    await expect(guardedSave(repo, seen, { ...seen, sceneId: 'other', updatedAt: '2026-11-25T11:01:00.000Z' })).rejects.toBeInstanceOf(AttemptMovedOn);
    expect(await repo.getAttempt(seen.id)).toEqual(ahead);
  });

  it('tells other tabs about a save once it is stored', async () => {
    const repo = new MemoryRepository();
    const a = fakeAttempt();
    const heard = new Promise((resolve) => {
      const stop = onSavedElsewhere((m) => (stop(), resolve(m)));
    });
    await guardedSave(repo, undefined, a);
    expect(await heard).toEqual({ attemptId: a.id, updatedAt: a.updatedAt });
  });
});
