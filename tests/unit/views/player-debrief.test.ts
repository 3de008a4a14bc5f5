/**
 * The end of a session on the module screen: the debrief's code is loaded on demand (not with the
 * session), with a short loading state; when it does not arrive, the attempt's debrief opens at its
 * own address; when it breaks while it is built, the module screen's boundary says so.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../src/app/app-context';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeScript } from '../fake-script';
import ModuleInApp from '../session/ModuleInApp.svelte';

const script = fakeScript();
// What the debrief's loader does in each test (by default: the real import).
const debrief = vi.hoisted(() => ({ load: undefined as undefined | (() => Promise<unknown>) }));
vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
vi.mock('../../../src/storage/has-saved-data', () => ({ hasSavedData: async () => false }));
vi.mock('../../../src/library/load-any-script', () => ({ loadAnyScript: async (id: string) => (id === script.id ? script : undefined) }));
vi.mock('../../../src/views/session/load-debrief', async (real) => {
  const actual = await real<typeof import('../../../src/views/session/load-debrief')>();
  return { ...actual, loadDebrief: () => (debrief.load ? debrief.load() : actual.loadDebrief()) };
});

beforeEach(() => {
  debrief.load = undefined;
  history.replaceState(null, '', '#/module/fake-module');
});
afterEach(cleanup);

/** The fake module opened and begun; at its one decision, an ending is one step away. */
async function begin() {
  const repo = Object.assign(new MemoryRepository(), { persistent: true });
  render(ModuleInApp, { props: { services: { ready: Promise.resolve(repo) } as unknown as AppServices, id: script.id } });
  await fireEvent.click(await screen.findByRole('button', { name: 'Begin' }));
  await screen.findByRole('list', { name: 'Transcript' });
  return repo;
}

describe('the debrief at the end of a session', () => {
  it('shows once its code arrives', async () => {
    await begin();
    await fireEvent.click(await screen.findByRole('button', { name: /Say nothing/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Debrief' })).toBeTruthy();
  });

  it('is fetched while the session is near an ending, before the last step', async () => {
    const calls = vi.fn();
    debrief.load = () => (calls(), import('../../../src/views/DebriefView.svelte'));
    await begin();
    await vi.waitFor(() => expect(calls).toHaveBeenCalled());
  });

  it('says it is loading until its code arrives', async () => {
    let arrive: () => void = () => {};
    debrief.load = () => new Promise((resolve) => (arrive = () => resolve(import('../../../src/views/DebriefView.svelte'))));
    await begin();
    await fireEvent.click(await screen.findByRole('button', { name: /Say nothing/ }));
    expect((await screen.findByRole('status')).textContent).toBe('Loading the debrief…');
    expect(screen.queryByRole('heading', { level: 2, name: 'Debrief' })).toBeNull();
    arrive();
    expect(await screen.findByRole('heading', { level: 2, name: 'Debrief' })).toBeTruthy();
  });

  it('opens at the attempt’s own address when its code does not arrive', async () => {
    debrief.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const repo = await begin();
    await fireEvent.click(await screen.findByRole('button', { name: /Say nothing/ }));
    const [attempt] = await repo.listAttempts();
    await vi.waitFor(() => expect(location.hash).toBe(`#/debrief/${attempt!.id}`));
  });

  it('that breaks while it is built is caught by the module screen, with a way out', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    debrief.load = () => import('./ThrowingDebrief.svelte');
    await begin();
    await fireEvent.click(await screen.findByRole('button', { name: /Say nothing/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this screen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to modules' })).toBeTruthy();
  });
});
