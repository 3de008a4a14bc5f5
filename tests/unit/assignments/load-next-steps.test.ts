/**
 * The session's way back and the debrief's next steps ask through `loadNextSteps`: outside any
 * assignment (no link on the route, none stored) the assignment code is never loaded; otherwise it
 * finds what `nextStepsFor` finds.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadNextSteps } from '../../../src/assignments/load-next-steps';
import { decodeAssignment, encodeAssignment } from '../../../src/assignments/assignment-link';
import { addAssignment } from '../../../src/assignments/my-assignments';
import { summaries } from '../../../src/catalog/catalog';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeAssignment } from '../instructor/fakes';

// Records whether the assignment code behind `loadNextSteps` was loaded at all.
const loaded = vi.hoisted(() => ({ nextStepsFor: false }));
vi.mock('../../../src/assignments/next-steps-for', async (real) => {
  loaded.nextStepsFor = true;
  return real();
});

const [A, B] = summaries.map((s) => s.id) as [string, string];

describe('next steps, on demand', () => {
  it('finds nothing, and loads no assignment code, without a link or a stored assignment', async () => {
    expect(await loadNextSteps(new MemoryRepository(), A, true)).toBeUndefined();
    expect(loaded.nextStepsFor).toBe(false);
  });

  it('finds a stored assignment’s next module', async () => {
    const repo = new MemoryRepository();
    const decoded = await decodeAssignment(encodeAssignment(fakeAssignment({ modules: [{ id: A, required: true }, { id: B, required: true }] })));
    if (!decoded.ok) throw new Error(decoded.problem.code);
    await addAssignment(repo, decoded);
    expect((await loadNextSteps(repo, A, true))?.next?.id).toBe(B);
  });

  it('finds the assignment a link carries, with nothing stored', async () => {
    const payload = encodeAssignment(fakeAssignment({ modules: [{ id: A, required: true }, { id: B, required: true }] }));
    const steps = await loadNextSteps(new MemoryRepository(), A, false, payload);
    expect(steps && { kept: steps.kept, payload: steps.assignment.payload }).toEqual({ kept: false, payload });
  });
});
