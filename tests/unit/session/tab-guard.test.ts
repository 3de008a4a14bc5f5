import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/session/session.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
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
