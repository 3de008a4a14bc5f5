import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../../src/assignments/next-steps';
import { nextStepsFor } from '../../../src/assignments/next-steps-for';
import { decodeAssignment, encodeAssignment } from '../../../src/assignments/assignment-link';
import { addAssignment } from '../../../src/assignments/my-assignments';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import type { MyAssignment } from '../../../src/assignments/my-assignments';
import { summaries } from '../../../src/catalog/catalog';
import { fakeAttempt } from '../fakes';
import { fakeAssignment } from '../instructor/fakes';

const [A, B, C, D] = summaries.map((s) => s.id) as [string, string, string, string];
const mine = (modules: [string, boolean][], addedAt = '2026-11-01T00:00:00.000Z'): MyAssignment => ({
  assignment: fakeAssignment({ modules: modules.map(([id, required]) => ({ id, required })) }),
  id: '0123456789abcdef',
  payload: 'x',
  addedAt,
});
const done = (moduleId: string) => fakeAttempt({ moduleId, status: 'completed', endingId: 'x' });

describe('next steps after a debrief', () => {
  it('offers the next required module not yet done, after this one first', () => {
    const a = mine([[A, true], [B, false], [C, true], [D, true]]);
    expect(nextSteps([a], [done(A)], A)?.next?.id).toBe(C);
    expect(nextSteps([a], [done(C)], D)?.next?.id).toBe(A);
  });

  it('offers no next module when every other required one is done', () => {
    const a = mine([[A, true], [B, false], [C, true]]);
    const steps = nextSteps([a], [done(C), done(A)], A);
    expect(steps?.assignment).toBe(a);
    expect(steps?.next).toBeUndefined();
  });

  it('says nothing for a module no assignment holds, and uses the assignment added last', () => {
    const older = mine([[A, true], [B, true]]);
    const newer = mine([[A, true], [C, true]], '2026-11-20T00:00:00.000Z');
    expect(nextSteps([older], [], D)).toBeUndefined();
    expect(nextSteps([older, newer], [], A)?.next?.id).toBe(C);
  });
});

describe('next steps for a module opened from an assignment link', () => {
  const linkOf = (modules: [string, boolean][], title = 'Opened from a link') => encodeAssignment(fakeAssignment({ title, modules: modules.map(([id, required]) => ({ id, required })) }));
  const withStored = async (modules: [string, boolean][]) => {
    const repo = new MemoryRepository();
    const stored = await decodeAssignment(linkOf(modules, 'Stored'));
    if (!stored.ok) throw new Error(stored.problem.code);
    await addAssignment(repo, stored);
    return repo;
  };

  it('leads back to an assignment the learner did not add, and on to its next module', async () => {
    const repo = new MemoryRepository();
    const steps = await nextStepsFor(repo, A, true, linkOf([[A, true], [B, true]]));
    expect(steps).toMatchObject({ kept: false, next: { id: B }, assignment: { assignment: { title: 'Opened from a link' } } });
  });

  it('stores nothing while finding the way back', async () => {
    const repo = new MemoryRepository();
    await nextStepsFor(repo, A, true, linkOf([[A, true], [B, true]]));
    expect(await repo.listAssignments()).toEqual([]);
  });

  it('counts the learner’s finished modules in an assignment they did not add', async () => {
    const repo = new MemoryRepository();
    await repo.saveAttempt(done(B));
    const steps = await nextStepsFor(repo, A, true, linkOf([[A, true], [B, true], [C, true]]));
    expect(steps?.next?.id).toBe(C);
  });

  it('prefers the assignment the module was opened from to a stored one', async () => {
    const repo = await withStored([[A, true], [C, true]]);
    expect((await nextStepsFor(repo, A, false, linkOf([[A, true], [B, true]])))?.assignment.assignment.title).toBe('Opened from a link');
  });

  it('says the assignment opened from is kept when the learner has added it', async () => {
    const repo = await withStored([[A, true], [B, true]]);
    expect((await nextStepsFor(repo, A, false, linkOf([[A, true], [B, true]], 'Stored')))?.kept).toBe(true);
  });

  it('falls back to a stored assignment when the one opened from does not hold the module', async () => {
    const repo = await withStored([[C, true], [D, true]]);
    expect((await nextStepsFor(repo, C, false, linkOf([[A, true], [B, true]])))?.assignment.assignment.title).toBe('Stored');
  });

  it('falls back to a stored assignment when the payload does not read as an assignment', async () => {
    const repo = await withStored([[A, true], [B, true]]);
    expect((await nextStepsFor(repo, A, false, 'eyJub3QiOiJhbiBhc3NpZ25tZW50In0'))?.assignment.assignment.title).toBe('Stored');
  });
});
