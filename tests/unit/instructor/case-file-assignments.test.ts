/**
 * Assignments with case files, on both sides: the instructor's draft offers the case files of
 * their library and writes a version-2 link; the learner's assignment page asks for a missing
 * file, accepts it through the library's import, and flags another version.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../src/app/app-context';
import { AssignmentDraft } from '../../../src/instructor/assignment-draft.svelte';
import { decodeAssignment, encodeAssignment } from '../../../src/assignments/assignment-link';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import AssignmentLinkView from '../../../src/views/assignments/AssignmentLinkView.svelte';
import { fakeLibraryScript } from '../fakes';
import { M1, fakeAssignment } from './fakes';
import WithApp from './WithApp.svelte';

vi.mock('../../../src/storage/has-saved-data', () => ({ hasSavedData: async () => true }));

const source = readFileSync(resolve(process.cwd(), 'tests/fixtures/branching.md'), 'utf8').replace(/^id: .*$/m, 'id: own-branching');
const caseModule = (hash: string) => ({ id: 'own-branching', required: true, caseFile: { hash, title: 'Branching fixture' } });

afterEach(() => cleanup());
beforeEach(() => vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined));

function show(repo: MemoryRepository, payload: string) {
  const services: AppServices = { repo, ready: Promise.resolve(repo) };
  return render(WithApp, { props: { services, component: AssignmentLinkView, props: { payload } } });
}

describe('assignment draft with case files', () => {
  it('offers the library’s case files, adds one with its hash and title, and writes a version-2 link', async () => {
    const draft = new AssignmentDraft();
    draft.title = 'Week 2';
    draft.caseFiles = [{ id: 'own-branching', title: 'Branching fixture', hash: 'abcdef0123456789' }];
    expect(draft.availableCaseFiles.map((c) => c.id)).toEqual(['own-branching']);
    draft.add(M1);
    draft.add('own-branching');
    draft.add('not-in-library');
    expect(draft.availableCaseFiles).toEqual([]);
    expect(draft.titleOf('own-branching')).toBe('Branching fixture');
    const published = await draft.publish({ origin: 'https://app.example', pathname: '/' });
    const decoded = await decodeAssignment(published!.link.split('#/assignment/')[1]!);
    expect(decoded.ok && decoded.assignment).toMatchObject({ v: 2, modules: [{ id: M1 }, caseModule('abcdef0123456789')] });
  });
});

describe('assignment page with a case file', () => {
  it('asks for the missing case file, and makes it playable once imported', async () => {
    const { browserContentHash } = await import('../../../src/authoring/compile-in-browser');
    const hash = await browserContentHash(source);
    const repo = new MemoryRepository();
    show(repo, encodeAssignment(fakeAssignment({ modules: [caseModule(hash)] })));
    await screen.findByRole('heading', { name: 'Case files to import' });
    expect(screen.queryByRole('link', { name: 'Branching fixture' })).toBeNull();
    const input = screen.getByLabelText('Case files from your instructor (.md)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([source], 'own-branching.md', { type: 'text/markdown' })], configurable: true });
    await fireEvent.change(input);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Case files to import' })).toBeNull(), { timeout: 15_000 });
    expect(screen.getByRole('link', { name: 'Branching fixture' }).getAttribute('href')).toMatch(/^#\/module\/own-branching\?from=[A-Za-z0-9_-]+$/);
    expect((await repo.getLibraryScript('own-branching'))?.hash).toBe(hash);
  });

  it('says when the library holds another version of the case file than the one assigned', async () => {
    const repo = new MemoryRepository();
    // The stored hash even equals the assigned one: the source (hashed now) is what is compared.
    await repo.saveLibraryScript(fakeLibraryScript({ id: 'own-branching', hash: '2222222222222222' }));
    show(repo, encodeAssignment(fakeAssignment({ modules: [caseModule('2222222222222222')] })));
    await screen.findByText(/your copy is another version than the one assigned/);
    expect(screen.getByRole('heading', { name: 'Case files to import' })).toBeTruthy();
  });

  it('shows a case file title with markup as text', async () => {
    const repo = new MemoryRepository();
    const title = '<img src=x onerror="globalThis.hacked=1">';
    const { container } = show(repo, encodeAssignment(fakeAssignment({ modules: [{ ...caseModule('abcdef0123'), caseFile: { hash: 'abcdef0123', title } }] })));
    await screen.findByRole('heading', { name: 'Case files to import' });
    expect(screen.getAllByText(title).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });
});
