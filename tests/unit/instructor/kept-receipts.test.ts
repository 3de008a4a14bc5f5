/**
 * Imported receipts are kept on the device until the instructor removes them: a new page (a new
 * CohortImport over the same repository) shows the same cohort, checked again on read. Removing
 * one receipt, like removing all, asks first (KeptReceipts).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { assignmentId } from '../../../src/assignments/assignment-link';
import { makeReceipt, receiptText } from '../../../src/assignments/receipt';
import { CohortImport } from '../../../src/instructor/cohort-import.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { STORED_RECEIPT_SCHEMA } from '../../../src/storage/types';
import KeptReceipts from '../../../src/views/instructor/KeptReceipts.svelte';
import { fakeAttempt } from '../fakes';
import { M1, fakeAssignment } from './fakes';

async function receiptFile(learner: string, name = `${learner.toLowerCase()}.json`): Promise<File> {
  const assignment = fakeAssignment();
  const attempts = [fakeAttempt({ moduleId: M1, status: 'completed', endingId: 'x', activeMs: 120_000 })];
  const r = await makeReceipt({ assignment, assignmentId: await assignmentId(assignment), attempts, scripts: new Map(), learner, now: new Date('2026-11-25T12:00:00.000Z') });
  return new File([receiptText(r)], name, { type: 'application/json' });
}
const page = (repo: MemoryRepository) => new CohortImport(() => undefined, async () => repo);

describe('kept receipts', () => {
  it('shows the same cohort after the page is opened again', async () => {
    const repo = new MemoryRepository();
    const first = page(repo);
    const outcome = await first.add([await receiptFile('Ana'), await receiptFile('Bea')]);
    expect(outcome).toMatchObject({ code: 'read', accepted: 2, notKept: 0 });
    const again = page(repo);
    expect(await again.restore()).toBe(2);
    expect(again.rows.map((r) => r.learner)).toEqual(['Ana', 'Bea']);
    expect(again.kept.map((r) => r.fileName)).toEqual(['ana.json', 'bea.json']);
  });

  it('keeps no file that is not a receipt, and flags it only on this visit', async () => {
    const repo = new MemoryRepository();
    const first = page(repo);
    await first.add([new File(['not json'], 'broken.json')]);
    expect(first.flagged).toHaveLength(1);
    expect(await repo.listReceipts()).toEqual([]);
  });

  it('checks a kept receipt again when it is read back', async () => {
    const repo = new MemoryRepository();
    const text = (await (await receiptFile('Ana')).text()).replace('"Ana"', '"Ana Lea"');
    await repo.saveReceipt({ schema: STORED_RECEIPT_SCHEMA, id: '0123456789abcdef', fileName: 'ana.json', source: text, importedAt: '2026-12-01T10:00:00.000Z' });
    const again = page(repo);
    await again.restore();
    expect(again.rows).toEqual([]);
    expect(again.flagged[0]).toMatchObject({ fileName: 'ana.json', flag: 'damaged' });
  });

  it('removes one receipt, then all of them, from the device', async () => {
    const repo = new MemoryRepository();
    const first = page(repo);
    await first.add([await receiptFile('Ana'), await receiptFile('Bea')]);
    await first.remove(first.kept[0]!.keptId!);
    expect(first.rows.map((r) => r.learner)).toEqual(['Bea']);
    expect((await repo.listReceipts()).map((r) => r.fileName)).toEqual(['bea.json']);
    await first.clear();
    expect(first.count).toBe(0);
    expect(await repo.listReceipts()).toEqual([]);
  });
});

describe('removing one kept receipt', () => {
  afterEach(cleanup);
  async function shown() {
    const repo = new MemoryRepository();
    const cohort = page(repo);
    await cohort.add([await receiptFile('Ana'), await receiptFile('Bea')]);
    render(KeptReceipts, { props: { cohort } });
    return { repo, cohort };
  }
  const question = () => screen.queryByRole('group', { name: 'Remove ana.json (Ana) from this browser? The file itself, wherever you saved it, is not touched.' });

  it('asks first, with focus on the answer, and Cancel keeps the receipt with focus back on its button', async () => {
    const { repo } = await shown();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove ana.json' }));
    expect(question()).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, remove it' })));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(question()).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove ana.json' })));
    expect((await repo.listReceipts()).map((r) => r.fileName)).toEqual(['ana.json', 'bea.json']);
  });

  it('keeps the receipt on Escape', async () => {
    const { repo } = await shown();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove ana.json' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, remove it' })));
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(question()).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove ana.json' })));
    expect(await repo.listReceipts()).toHaveLength(2);
  });

  it('removes it on "Yes, remove it", and only it', async () => {
    const { repo, cohort } = await shown();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove ana.json' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('ana.json was removed from this browser.'));
    expect((await repo.listReceipts()).map((r) => r.fileName)).toEqual(['bea.json']);
    expect(cohort.rows.map((r) => r.learner)).toEqual(['Bea']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove bea.json' })));
  });
});
