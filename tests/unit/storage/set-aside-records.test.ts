/** Settings' list of set-aside records, rendered with a memory repository (jsdom). */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SetAsideRecords from '../../../src/views/settings/SetAsideRecords.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { fakeAttempt, fakeLibraryScript } from '../fakes';

/** Engine, stack or validation-library wording that no message of the app may carry. */
const NOT_OUR_WORDS = /Expected|Invalid|undefined|null|TypeError|\[object/;

afterEach(() => cleanup());

describe('SetAsideRecords', () => {
  it('shows nothing when no record is set aside', async () => {
    const repo = new MemoryRepository();
    await repo.saveAttempt(fakeAttempt());
    const { container } = render(SetAsideRecords, { props: { repo } });
    await Promise.resolve();
    expect(container.textContent?.trim()).toBe('');
  });

  it('says how many records are set aside, which and why, in the app’s words', async () => {
    const repo = new MemoryRepository();
    const stuck = fakeAttempt({ id: 'stuck', startedAt: '2026-11-25T10:00:00.000Z' });
    await repo.replaceData({ attempts: [], settings: DEFAULT_SETTINGS, library: [fakeLibraryScript()], setAside: [{ schema: 1, kind: 'attempt', id: 'stuck', reason: 'does-not-resume', record: stuck }] });
    const damaged = { ...fakeAttempt({ id: 'damaged' }), startedAt: '2026-02-30T10:00:00.000Z' };
    await repo.port.transaction('rw', ['attempts', 'library'], async (tx) => {
      await tx.put('attempts', damaged);
      await tx.put('library', { id: 'half', title: 'Half a case' });
    });
    render(SetAsideRecords, { props: { repo } });
    expect(await screen.findByRole('heading', { name: 'Set-aside records' })).toBeTruthy();
    expect(screen.getByText(/^3 records set aside: the app could not use them/)).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'An attempt of “Branching fixture”: it could not be read: "startedAt" is not a real date and time.',
      'An attempt of “Branching fixture”, started 25 Nov 2026: it could not be resumed: neither its saved place nor its steps fit its module as it is now.',
      'The case file “Half a case”: it could not be read: "schema" is missing.',
    ]);
    for (const item of items) expect(item).not.toMatch(NOT_OUR_WORDS);
  });

  it('reads the list again after a restore', async () => {
    const repo = new MemoryRepository();
    const view = render(SetAsideRecords, { props: { repo, version: 0 } });
    await repo.replaceData({ attempts: [], settings: DEFAULT_SETTINGS, setAside: [{ schema: 1, kind: 'reflection', id: 'r', reason: 'unreadable', record: { attemptId: 'r' } }] });
    await view.rerender({ repo, version: 1 });
    expect(await screen.findByText(/^1 record set aside: the app could not use it/)).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('A reflection: it could not be read: "schema" is missing.');
  });
});
