/** The learner's assignment page and My assignments, rendered with a memory repository (jsdom). */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../src/app/app-context';
import { encodeAssignment } from '../../../src/assignments/assignment-link';
import { parseReceipt } from '../../../src/assignments/receipt-read';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { StorageRefusal } from '../../../src/storage/storage-refusal';
import AssignmentLinkView from '../../../src/views/assignments/AssignmentLinkView.svelte';
import MyAssignments from '../../../src/views/assignments/MyAssignments.svelte';
import { fakeAttempt } from '../fakes';
import { M1, fakeAssignment, payloadOfJson } from '../instructor/fakes';
import WithApp from '../instructor/WithApp.svelte';
import { captureDownloads } from '../capture-downloads';

const saved = vi.hoisted(() => ({ has: true }));
vi.mock('../../../src/storage/has-saved-data', () => ({ hasSavedData: async () => saved.has }));

const downloads = captureDownloads();
beforeEach(() => {
  saved.has = true;
});

function services(repo: MemoryRepository): AppServices {
  return { repo, ready: Promise.resolve(repo) };
}
function show(repo: MemoryRepository, component: typeof AssignmentLinkView | typeof MyAssignments, props: Record<string, unknown> = {}) {
  return render(WithApp, { props: { services: services(repo), component, props } });
}

describe('assignment page', () => {
  it('shows the assignment as text with progress, and adds it to My assignments once', async () => {
    const repo = new MemoryRepository();
    await repo.saveAttempt(fakeAttempt({ moduleId: M1, status: 'completed', endingId: 'x' }));
    const title = '<img src=x onerror=alert(1)> Week 1';
    show(repo, AssignmentLinkView, { payload: encodeAssignment(fakeAssignment({ title })) });
    expect((await screen.findByRole('heading', { level: 1, name: title })).textContent).toBe(title);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('GP trainees 2026')).toBeTruthy();
    await waitFor(() => {
      const items = screen.getAllByRole('listitem');
      expect(items[0]!.textContent).toMatch(/Required · Completed/);
      expect(items[1]!.textContent).toMatch(/Optional · Not started/);
    });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add to My assignments' }));
    await screen.findByText(/Added to My assignments/);
    expect(await repo.listAssignments()).toHaveLength(1);
    cleanup();
    show(repo, AssignmentLinkView, { payload: encodeAssignment(fakeAssignment({ title })) });
    await screen.findByText('This assignment is in My assignments.');
    expect(screen.queryByRole('button', { name: 'Add to My assignments' })).toBeNull();
  });

  it('shows why a hostile link cannot be used and stores nothing', async () => {
    const repo = new MemoryRepository();
    show(repo, AssignmentLinkView, { payload: payloadOfJson({ ...fakeAssignment(), __proto__x: 1, modules: [{ id: 'nope', required: true }] }) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not valid/);
    expect(alert.textContent).toMatch(/Nothing was saved/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This assignment link cannot be used');
    expect(screen.queryByRole('button', { name: 'Add to My assignments' })).toBeNull();
    expect(await repo.listAssignments()).toEqual([]);
  });

  it('asks for a name, then downloads a receipt that reads back', async () => {
    const repo = new MemoryRepository();
    show(repo, AssignmentLinkView, { payload: encodeAssignment(fakeAssignment()) });
    const button = await screen.findByRole('button', { name: 'Download receipt' });
    expect(screen.getByText('The checksum detects damage, not forgery.')).toBeTruthy();
    await fireEvent.click(button);
    await screen.findByText('Type the name your instructor should see on the receipt.');
    expect(downloads).toHaveLength(0);
    await fireEvent.input(screen.getByLabelText('Your name, as your instructor should see it'), { target: { value: 'Ana' } });
    await fireEvent.click(button);
    await screen.findByText(/Receipt downloaded as balint-receipt-/);
    const read = await parseReceipt(await downloads[0]!.blob.text());
    expect(read.ok && read.receipt.learner).toBe('Ana');
    expect(read.ok && read.receipt.complete).toBe(false);
  });
});

describe('assignment page, when storage does not save', () => {
  /** Storage that refuses the assignment, as the repository refuses a record that is not valid. */
  class RefusesAssignments extends MemoryRepository {
    override async saveAssignment(): Promise<void> {
      throw new StorageRefusal({ code: 'invalid-record', kind: 'assignment' });
    }
  }
  /** Storage whose store is full when the settings are saved. */
  class FullForSettings extends MemoryRepository {
    override async saveSettings(): Promise<void> {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
  }

  it('says in words why storage refused the assignment, never the refusal’s code', async () => {
    show(new RefusesAssignments(), AssignmentLinkView, { payload: encodeAssignment(fakeAssignment()) });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add to My assignments' }));
    expect((await screen.findByRole('alert')).textContent).toBe('It could not be added. This is not a valid saved assignment.');
    expect(screen.getByRole('button', { name: 'Add to My assignments' })).toBeTruthy();
  });

  it('says the store is full, and what to do, when the suggested feedback setting cannot be saved', async () => {
    show(new FullForSettings(), AssignmentLinkView, { payload: encodeAssignment(fakeAssignment()) });
    await fireEvent.click(await screen.findByRole('button', { name: 'Use the suggested setting' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your browser’s storage is full, so the feedback setting was not saved. To go on, download a backup in Settings to keep a copy, free some space on this device, then try again.',
    );
    expect(screen.getByRole('button', { name: 'Use the suggested setting' })).toBeTruthy();
  });
});

describe('My assignments', () => {
  it('renders nothing when no assignment was added', async () => {
    const { container } = show(new MemoryRepository(), MyAssignments, { attempts: [], files: [] });
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent?.trim()).toBe('');
  });

  it('does not open storage for a visitor with no saved data', async () => {
    saved.has = false;
    const repo = new MemoryRepository();
    const opened = vi.fn(() => Promise.resolve(repo));
    const services = { repo, ready: { then: (f: (r: MemoryRepository) => unknown) => opened().then(f) } as never };
    // Home passes no case files when it found no saved data.
    const { container } = render(WithApp, { props: { services, component: MyAssignments, props: { attempts: [], files: undefined } } });
    await new Promise((r) => setTimeout(r, 20));
    expect(opened).not.toHaveBeenCalled();
    expect(container.textContent?.trim()).toBe('');
  });

  it('lists added assignments with progress, and removes one after asking', async () => {
    const repo = new MemoryRepository();
    show(repo, AssignmentLinkView, { payload: encodeAssignment(fakeAssignment()) });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add to My assignments' }));
    await waitFor(async () => expect(await repo.listAssignments()).toHaveLength(1));
    cleanup();
    show(repo, MyAssignments, { attempts: await repo.listAttempts(), files: [] });
    await screen.findByRole('heading', { name: 'My assignments' });
    expect(screen.getByRole('link', { name: 'Balint basics, week 1' }).getAttribute('href')).toMatch(/^#\/assignment\/[A-Za-z0-9_-]+$/);
    expect(screen.getByText(/0 of 1 required completed/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /Remove Balint basics, week 1 from the list/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Balint basics, week 1' }));
    await screen.findByText(/Removed “Balint basics, week 1” from My assignments/);
    expect(await repo.listAssignments()).toEqual([]);
  });
});
