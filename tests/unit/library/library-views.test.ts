/** The case library screen and its import control, rendered with a memory repository (jsdom). */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../src/app/app-context';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import LibraryView from '../../../src/views/library/LibraryView.svelte';
import CaseFileImport from '../../../src/views/library/CaseFileImport.svelte';
import { fakeAttempt, fakeLibraryScript } from '../fakes';
import { fixture } from '../compile-fixture';
import WithApp from '../instructor/WithApp.svelte';
import { captureDownloads } from '../capture-downloads';
import { sceneChain } from '../security/hostile-scripts';

// The memory repository stands in for a browser that has saved data.
vi.mock('../../../src/storage/has-saved-data', () => ({ hasSavedData: async () => true }));

const downloads = captureDownloads();

function show(repo: MemoryRepository, component: typeof LibraryView | typeof CaseFileImport, props: Record<string, unknown> = {}) {
  const services: AppServices = { repo, ready: Promise.resolve(repo) };
  return render(WithApp, { props: { services, component, props } });
}
const md = (name: string, body: string) => new File([body], name, { type: 'text/markdown' });

describe('case file import control', () => {
  it('reports each of several files separately in one polite live region', async () => {
    const repo = new MemoryRepository();
    const onimported = vi.fn();
    show(repo, CaseFileImport, { onimported });
    const input = screen.getByLabelText('Case files (.md)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [md('branching.md', fixture('branching')), md('library-broken.md', fixture('library-broken'))], configurable: true });
    await fireEvent.change(input);
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    await within(live).findByText('“library-broken.md” was not imported: 2 problems to fix.');
    expect(within(live).getByText('“Branching fixture” (branching.md) was added to your case library.')).toBeTruthy();
    const problems = within(live).getByRole('list', { name: 'Problems in library-broken.md' });
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^library-broken\.md:\d+: /), expect.stringMatching(/^library-broken\.md:\d+: /)]);
    expect(onimported).toHaveBeenCalledTimes(1);
    expect((await repo.listLibrary()).map((r) => r.id)).toEqual(['fixture-branching']);
  });

  it('asks before replacing another version and moves focus to the outcome', async () => {
    const repo = new MemoryRepository();
    await repo.saveLibraryScript(fakeLibraryScript());
    show(repo, CaseFileImport);
    const input = screen.getByLabelText('Case files (.md)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [md('v2.md', fixture('library-branching-v2'))], configurable: true });
    await fireEvent.change(input);
    await screen.findByText(/already has another version of “Branching fixture” \(from fixture-branching\.md, added .*\)\. Replace it with the version in v2\.md\?/);
    expect(screen.getByText(/Your attempts are kept/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Replace with this version' }));
    const done = await screen.findByText('“Branching fixture” was replaced with the version in v2.md.');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect((await repo.getLibraryScript('fixture-branching'))?.source).toBe(fixture('library-branching-v2'));
  });
});

describe('case file import control: hostile files and failing storage (issue 15)', () => {
  it('shows the scene limit for an 11,500-scene chain, not a storage message', async () => {
    show(new MemoryRepository(), CaseFileImport);
    const input = screen.getByLabelText('Case files (.md)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [md('chain.md', sceneChain(11_500))], configurable: true });
    await fireEvent.change(input);
    await screen.findByText('“chain.md” was not imported: 1 problem to fix.');
    const problems = screen.getByRole('list', { name: 'Problems in chain.md' });
    expect(problems.textContent).toMatch(/the script has more than 400 scenes and endings, the limit for one script/);
    expect(problems.textContent).not.toMatch(/could not be saved|Maximum call stack/);
  });

  it('says in its own words when the browser refuses to store a file, never the browser\'s message', async () => {
    const repo = new MemoryRepository();
    repo.saveLibraryScript = async () => {
      throw new DOMException('Maximum call stack size exceeded (at IDBObjectStore.put)', 'QuotaExceededError');
    };
    show(repo, CaseFileImport);
    const input = screen.getByLabelText('Case files (.md)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [md('branching.md', fixture('branching'))], configurable: true });
    await fireEvent.change(input);
    const problems = await screen.findByRole('list', { name: 'Problems in branching.md' });
    expect(problems.textContent).toBe('branching.md: it could not be saved: your browser’s storage is full; download a backup in Settings to keep a copy, free some space on this device, then try again');
  });
});

describe('case library screen', () => {
  it('lists case files as text, downloads the exact source as <id>.md', async () => {
    const repo = new MemoryRepository();
    const hostile = fakeLibraryScript({ title: '<img src=x onerror=alert(1)> Case' });
    await repo.saveLibraryScript(hostile);
    show(repo, LibraryView);
    const heading = await screen.findByRole('heading', { level: 3, name: hostile.title });
    expect(heading.textContent).toBe(hostile.title);
    expect(document.querySelector('main img, img')).toBeNull();
    expect(screen.getByRole('link', { name: `Play ${hostile.title}` }).getAttribute('href')).toBe('#/module/fixture-branching');
    await fireEvent.click(screen.getByRole('button', { name: 'Download file fixture-branching.md' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('fixture-branching.md');
    expect(await downloads[0]!.blob.text()).toBe(hostile.source);
  });

  it('removes a case file only after confirming, and keeps its attempts', async () => {
    const repo = new MemoryRepository();
    await repo.saveLibraryScript(fakeLibraryScript());
    await repo.saveAttempt(fakeAttempt({ moduleId: 'fixture-branching' }));
    show(repo, LibraryView);
    await fireEvent.click(await screen.findByRole('button', { name: 'Remove Branching fixture' }));
    const confirm = screen.getByRole('group', { name: /Remove “Branching fixture” from your case library\? Your attempts with it and their debriefs are kept/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
    await fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove it' }));
    await screen.findByText('There are no case files on this device yet.');
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Removed “Branching fixture” from your case library. Your attempts with it are kept.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your case files' })));
    expect(await repo.listLibrary()).toEqual([]);
    expect(await repo.listAttempts()).toHaveLength(1);
  });
});
