/**
 * The way back to an assignment the learner opened but did not add: the assignment page's module
 * links carry it (`?from=`), and the session and debrief lead back to it from there, storing nothing.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRoute } from '../../../src/app/router.svelte';
import { decodeAssignment, encodeAssignment } from '../../../src/assignments/assignment-link';
import { addAssignment } from '../../../src/assignments/my-assignments';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import AssignmentLinkView from '../../../src/views/assignments/AssignmentLinkView.svelte';
import AssignmentNextSteps from '../../../src/views/debrief/AssignmentNextSteps.svelte';
import AssignmentWayBack from '../../../src/views/session/AssignmentWayBack.svelte';
import { M1, M2, fakeAssignment } from '../instructor/fakes';
import WithApp from '../instructor/WithApp.svelte';
import WithOpenedFrom from './WithOpenedFrom.svelte';

vi.mock('../../../src/storage/has-saved-data', () => ({ hasSavedData: async () => true }));
afterEach(() => cleanup());

const payload = encodeAssignment(fakeAssignment({ title: 'Week 1', modules: [{ id: M1, required: true }, { id: M2, required: true }] }));

describe('a way back to an assignment not added', () => {
  it('the assignment page links each module with the assignment it is opened from', async () => {
    const repo = new MemoryRepository();
    render(WithApp, { props: { services: { repo, ready: Promise.resolve(repo) }, component: AssignmentLinkView, props: { payload } } });
    const list = await screen.findByRole('list', { name: 'Assigned modules' });
    const href = list.querySelector('a')!.getAttribute('href')!;
    const route = parseRoute(href);
    expect(route).toMatchObject({ name: 'module', id: M1 });
    const decoded = await decodeAssignment((route as { from: string }).from);
    expect(decoded.ok && decoded.assignment.title).toBe('Week 1');
  });

  it('the session links back to the assignment its route carries', async () => {
    render(WithOpenedFrom, { props: { from: payload, component: AssignmentWayBack, props: { repo: new MemoryRepository(), moduleId: M1 } } });
    const back = await screen.findByRole('link', { name: 'Back to the assignment' });
    expect(back.getAttribute('href')).toBe(`#/assignment/${payload}`);
  });

  it('the session leads to a stored assignment instead when the one its route carries does not hold the module', async () => {
    const repo = new MemoryRepository();
    const stored = await decodeAssignment(payload);
    if (!stored.ok) throw new Error(stored.problem.code);
    await addAssignment(repo, stored);
    const other = encodeAssignment(fakeAssignment({ title: 'Other', modules: [{ id: M2, required: true }] }));
    render(WithOpenedFrom, { props: { from: other, component: AssignmentWayBack, props: { repo, moduleId: M1 } } });
    const back = await screen.findByRole('link', { name: 'Back to the assignment' });
    expect(back.getAttribute('href')).toBe(`#/assignment/${payload}`);
  });

  it('the debrief names the assignment opened from, and its next module carries it on', async () => {
    render(WithOpenedFrom, { props: { from: payload, component: AssignmentNextSteps, props: { repo: new MemoryRepository(), moduleId: M1 } } });
    const region = await screen.findByRole('region', { name: 'Your assignment' });
    expect(region.textContent).toContain('You opened this module from the assignment “Week 1”.');
    const next = screen.getByRole('link', { name: /^Next module: / });
    expect(parseRoute(next.getAttribute('href')!)).toEqual({ name: 'module', id: M2, from: payload });
    await waitFor(() => expect(screen.getByRole('link', { name: 'Back to the assignment' }).getAttribute('href')).toBe(`#/assignment/${payload}`));
  });
});
