/** Assignment progress, My assignments storage, and the instructor's draft (no views). */
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../src/catalog/catalog';
import { AssignmentDraft } from '../../../src/instructor/assignment-draft.svelte';
import { decodeAssignment, encodeAssignment } from '../../../src/assignments/assignment-link';
import { assignmentProgress, isOverdue } from '../../../src/assignments/assignment-progress';
import { formatDay, formatMinutes } from '../../../src/i18n/format';
import { addAssignment, listMyAssignments } from '../../../src/assignments/my-assignments';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { SAVED_ASSIGNMENT_SCHEMA } from '../../../src/storage/types';
import { fakeAttempt } from '../fakes';
import { M1, M2, fakeAssignment, payloadOfJson } from '../instructor/fakes';

describe('assignment progress', () => {
  it('counts any completed attempt, an active one as in progress, and time over every attempt', () => {
    const attempts = [
      fakeAttempt({ moduleId: M1, status: 'completed', endingId: 'e1', activeMs: 1000 }),
      fakeAttempt({ moduleId: M1, status: 'abandoned', activeMs: 500 }),
      fakeAttempt({ moduleId: M2, status: 'active', activeMs: 200 }),
    ];
    const p = assignmentProgress(fakeAssignment({ modules: [{ id: M1, required: true }, { id: M2, required: true }] }), attempts);
    expect(p.modules.map((m) => [m.status, m.activeMs, m.endings])).toEqual([['completed', 1500, ['e1']], ['in-progress', 200, []]]);
    expect(p).toMatchObject({ requiredDone: 1, requiredTotal: 2, complete: false });
    expect(p.modules[0]!.endingsTotal).toBe(summaryOf(M1)!.endings);
  });

  it('is complete when every required module is, whatever the optional ones', () => {
    const p = assignmentProgress(fakeAssignment(), [fakeAttempt({ moduleId: M1, status: 'completed' })]);
    expect(p.complete).toBe(true);
  });

  it('marks a module the app no longer ships, with no title rather than its id', () => {
    const p = assignmentProgress(fakeAssignment({ modules: [{ id: 'gone', required: true }] }), []);
    expect(p.modules[0]).toMatchObject({ id: 'gone', known: false, status: 'not-started' });
    expect(p.modules[0]).not.toHaveProperty('title');
  });

  it('writes durations in the reader’s units and due dates as the calendar day, and compares due dates by day', () => {
    expect(formatMinutes(0)).toBe('0 mins');
    expect(formatMinutes(1)).toBe('1 min');
    expect(formatMinutes(65)).toBe('1 hr 5 mins');
    expect(formatDay('2026-11-25')).toBe('25 November 2026');
    expect(isOverdue('2026-11-24', new Date(2026, 10, 25, 0, 5))).toBe(true);
    expect(isOverdue('2026-11-25', new Date(2026, 10, 25, 23, 55))).toBe(false);
  });
});

describe('My assignments', () => {
  it('keeps one record per assignment, with the date it was first added', async () => {
    const repo = new MemoryRepository();
    const d = await decodeAssignment(encodeAssignment(fakeAssignment()));
    if (!d.ok) throw new Error(d.problem.code);
    await addAssignment(repo, d, new Date('2026-11-01T00:00:00.000Z'));
    await addAssignment(repo, d, new Date('2026-11-02T00:00:00.000Z'));
    expect(await listMyAssignments(repo)).toEqual([{ assignment: d.assignment, id: d.id, payload: d.payload, addedAt: '2026-11-01T00:00:00.000Z' }]);
  });

  it('lists an assignment whose module was removed, and skips a record that no longer reads as one', async () => {
    const repo = new MemoryRepository();
    const gone = payloadOfJson(fakeAssignment({ modules: [{ id: 'removed-module', required: true }] }));
    await repo.saveAssignment({ schema: SAVED_ASSIGNMENT_SCHEMA, id: '0000000000000001', payload: gone, addedAt: '2026-11-01T00:00:00.000Z' });
    await repo.saveAssignment({ schema: SAVED_ASSIGNMENT_SCHEMA, id: '0000000000000002', payload: payloadOfJson({ v: 1 }), addedAt: '2026-11-02T00:00:00.000Z' });
    const mine = await listMyAssignments(repo);
    expect(mine.map((m) => m.assignment.modules[0]!.id)).toEqual(['removed-module']);
  });
});

describe('assignment draft', () => {
  it('reports problems by field until the draft can be shared', async () => {
    const d = new AssignmentDraft();
    expect(Object.keys(d.problems).sort()).toEqual(['modules', 'title']);
    d.title = '  Week 1  ';
    d.cohort = 'bad <cohort>';
    d.add(M1);
    expect(d.problems).toEqual({ cohort: expect.stringMatching(/^The cohort label may only hold/) });
    expect(await d.publish()).toBeUndefined();
    d.cohort = 'GP  trainees';
    const p = await d.publish({ origin: 'https://app.example', pathname: '/' });
    expect(p?.assignment).toMatchObject({ title: 'Week 1', cohort: 'GP trainees' });
    expect(p?.link).toMatch(/^https:\/\/app\.example\/#\/assignment\/[A-Za-z0-9_-]+$/);
    expect(d.changedSincePublished).toBe(false);
  });

  it('adds each module once, moves and removes them, and notices changes after publishing', async () => {
    const d = new AssignmentDraft();
    d.title = 'T';
    d.add(M1);
    d.add(M2);
    d.add(M1);
    d.add('not-a-module');
    expect(d.modules.map((m) => m.id)).toEqual([M1, M2]);
    expect(d.available.some((s) => s.id === M1)).toBe(false);
    await d.publish();
    expect(d.move(M2, -1)).toBe(true);
    expect(d.move(M2, -1)).toBe(false);
    expect(d.modules.map((m) => m.id)).toEqual([M2, M1]);
    expect(d.changedSincePublished).toBe(true);
    d.remove(M2);
    d.load(fakeAssignment());
    expect(d.assignment).toEqual(fakeAssignment());
  });
});
