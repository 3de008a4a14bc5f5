/**
 * Reflections in completion receipts: offered on the assignment page (labelled by module and
 * date), none included unless ticked, exactly the ticked ones when ticked; and shown as text in
 * the instructor's cohort view.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../src/app/app-context';
import { assignmentId, encodeAssignment } from '../../../src/assignments/assignment-link';
import { cohortRows, judgeReceipts } from '../../../src/instructor/cohort';
import { MAX_NOTE, MAX_NOTES, makeReceipt, receiptText } from '../../../src/assignments/receipt';
import { parseReceipt } from '../../../src/assignments/receipt-read';
import { reflectionNotes } from '../../../src/assignments/reflection-notes';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { MAX_REFLECTION_CHARS } from '../../../src/storage/reflection-checks';
import AssignmentLinkView from '../../../src/views/assignments/AssignmentLinkView.svelte';
import CohortNotes from '../../../src/views/instructor/CohortNotes.svelte';
import { fakeAttempt, fakeReflection } from '../fakes';
import { M1, M2, fakeAssignment } from '../instructor/fakes';
import WithApp from '../instructor/WithApp.svelte';
import { captureDownloads } from '../capture-downloads';
import { m } from '../../../src/i18n/messages';

const downloads = captureDownloads();


async function learnerWithReflections(): Promise<MemoryRepository> {
  const repo = new MemoryRepository();
  await repo.saveAttempt(fakeAttempt({ id: 'done-1', moduleId: M1, status: 'completed', endingId: 'x' }));
  await repo.saveReflection(fakeReflection('done-1', { moduleId: M1, text: 'I felt protective of the presenter.', updatedAt: '2026-11-21T10:00:00.000Z' }));
  await repo.saveReflection(fakeReflection('done-2', { moduleId: M2, text: 'The silence was hard to bear.', updatedAt: '2026-11-22T10:00:00.000Z' }));
  await repo.saveReflection(fakeReflection('other', { moduleId: 'not-assigned', text: 'About another module.' }));
  return repo;
}

async function downloadReceipt(repo: MemoryRepository, tick: (boxes: HTMLElement) => Promise<void> = async () => {}) {
  const services: AppServices = { repo, ready: Promise.resolve(repo) };
  render(WithApp, { props: { services, component: AssignmentLinkView, props: { payload: encodeAssignment(fakeAssignment()) } } });
  const group = await screen.findByRole('group', { name: 'Reflections to include (none is included unless you tick it)' });
  await tick(group);
  await fireEvent.input(screen.getByLabelText('Your name, as your instructor should see it'), { target: { value: 'Ana' } });
  await fireEvent.click(screen.getByRole('button', { name: 'Download receipt' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  const read = await parseReceipt(await downloads[0]!.blob.text());
  if (!read.ok) throw new Error(m.receiptProblems.reason(read.problem));
  return read.receipt;
}

describe('reflections in receipts', () => {
  it('offers only reflections on the assignment’s modules, in module order, with title and date', () => {
    const modules = [{ id: M1, title: 'First' }, { id: M2, title: 'Second' }];
    const notes = reflectionNotes(modules, [
      fakeReflection('b', { moduleId: M2, text: 'on two', updatedAt: '2026-11-22T10:00:00.000Z' }),
      fakeReflection('x', { moduleId: 'elsewhere', text: 'not offered' }),
      fakeReflection('a', { moduleId: M1, text: 'on one', updatedAt: '2026-11-21T10:00:00.000Z' }),
    ]);
    expect(notes).toEqual([
      { moduleId: M1, text: 'on one', title: 'First', updatedAt: '2026-11-21T10:00:00.000Z' },
      { moduleId: M2, text: 'on two', title: 'Second', updatedAt: '2026-11-22T10:00:00.000Z' },
    ]);
    expect(m.myAssignments.noteLabel('First', '2026-11-21T10:00:00.000Z')).toMatch(/^Your reflection on First, 21 Nov 2026, \d\d:\d\d$/);
  });

  it('offers a reflection on a module this app no longer has without its id', () => {
    const [note] = reflectionNotes([{ id: 'retired-module' }], [fakeReflection('a', { moduleId: 'retired-module', text: 'kept' })]);
    expect(note).not.toHaveProperty('title');
  });

  it('includes no reflection when none is ticked', async () => {
    const receipt = await downloadReceipt(await learnerWithReflections(), async (group) => {
      for (const box of within(group).getAllByRole('checkbox')) expect((box as HTMLInputElement).checked).toBe(false);
    });
    expect(receipt.notes).toBeUndefined();
    expect(JSON.stringify(receipt)).not.toMatch(/protective|silence|another module/);
  });

  it('includes exactly the ticked reflection', async () => {
    const receipt = await downloadReceipt(await learnerWithReflections(), async (group) => {
      const boxes = within(group).getAllByRole('checkbox');
      expect(boxes).toHaveLength(2);
      await fireEvent.click(within(group).getByRole('checkbox', { name: /^Your reflection on .*, / , description: /^The silence/ }));
    });
    expect(receipt.notes).toEqual([{ moduleId: M2, text: 'The silence was hard to bear.' }]);
  });

  it('refuses to make a receipt with more ticked reflections than an instructor’s app reads', async () => {
    const repo = new MemoryRepository();
    for (let i = 0; i < MAX_NOTES + 1; i++) await repo.saveReflection(fakeReflection(`r${i}`, { moduleId: M1, text: `Thought ${i}` }));
    const services: AppServices = { repo, ready: Promise.resolve(repo) };
    render(WithApp, { props: { services, component: AssignmentLinkView, props: { payload: encodeAssignment(fakeAssignment()) } } });
    const group = await screen.findByRole('group', { name: 'Reflections to include (none is included unless you tick it)' });
    for (const box of within(group).getAllByRole('checkbox')) await fireEvent.click(box);
    await fireEvent.input(screen.getByLabelText('Your name, as your instructor should see it'), { target: { value: 'Ana' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Download receipt' }));
    expect((await screen.findByRole('alert')).textContent).toBe(`The receipt could not be made (tick at most ${MAX_NOTES} reflections).`);
    expect(downloads).toHaveLength(0);
  });

  it('fits a reflection of the longest allowed length, and the instructor’s app reads it', async () => {
    expect(MAX_NOTE).toBe(MAX_REFLECTION_CHARS);
    const assignment = fakeAssignment();
    const text = 'é\n'.repeat(MAX_REFLECTION_CHARS / 2);
    const r = await makeReceipt({ assignment, assignmentId: await assignmentId(assignment), attempts: [], scripts: new Map(), learner: 'Ana', notes: [{ moduleId: M1, text }] });
    const read = await parseReceipt(receiptText(r));
    expect(read.ok && read.receipt.notes).toEqual([{ moduleId: M1, text }]);
  });

  it('shows the instructor each learner’s shared reflections as text', async () => {
    const assignment = fakeAssignment();
    const id = await assignmentId(assignment);
    const text = '<img src=x onerror="globalThis.hacked=1"> I kept wanting to fix it.';
    const receipt = await makeReceipt({ assignment, assignmentId: id, attempts: [], scripts: new Map(), learner: 'Ana', notes: [{ moduleId: M1, text }] });
    const plain = await makeReceipt({ assignment, assignmentId: id, attempts: [], scripts: new Map(), learner: 'Bo' });
    const rows = cohortRows(judgeReceipts([{ fileName: 'a.json', result: { ok: true, receipt } }, { fileName: 'b.json', result: { ok: true, receipt: plain } }], { id, assignment }));
    const { container } = render(CohortNotes, { props: { rows } });
    expect(screen.getByRole('heading', { name: 'Reflections learners chose to share' })).toBeTruthy();
    expect(screen.getByText('Ana: 1 reflection')).toBeTruthy();
    expect(screen.queryByText(/^Bo:/)).toBeNull();
    expect(screen.getByText(text).textContent).toBe(text);
    expect(container.querySelector('img')).toBeNull();
  });
});
