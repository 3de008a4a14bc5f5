import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../../src/assignments/next-steps';
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
