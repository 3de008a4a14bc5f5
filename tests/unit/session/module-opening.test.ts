/**
 * Never stuck on "Loading the module…": whatever fails or hangs while a module opens, the screen
 * says so within the opening time limit and offers a way out.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../src/app/app-context';
import { OPEN_TIMEOUT_MS } from '../../../src/session/open-timeout';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeScript } from '../fake-script';
import ModuleInApp from './ModuleInApp.svelte';

const script = fakeScript();
vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
vi.mock('../../../src/storage/has-saved-data', () => ({ hasSavedData: async () => true }));
vi.mock('../../../src/library/load-any-script', () => ({ loadAnyScript: async (id: string) => (id === script.id ? script : undefined) }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const services = (ready: PromiseLike<unknown>) => ({ ready }) as unknown as AppServices;

describe('opening a module', () => {
  it('says so, with a way out, when storage never opens', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(ModuleInApp, { props: { services: services(new Promise(() => {})), id: script.id } });
    await screen.findByText('Loading the module…');
    await vi.advanceTimersByTimeAsync(OPEN_TIMEOUT_MS);
    expect((await screen.findByRole('alert')).textContent).toContain('Opening this module took too long');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to modules' }).getAttribute('href')).toBe('#/');
    expect(screen.queryByText('Loading the module…')).toBeNull();
  });

  it('says so, with a way out, when storage fails to open', async () => {
    const broken = { then: (_: unknown, fail: (e: Error) => void) => fail(new Error('IndexedDB is broken')) };
    render(ModuleInApp, { props: { services: services(broken as unknown as Promise<never>), id: script.id } });
    expect((await screen.findByRole('alert', {}, { timeout: 15_000 })).textContent).toContain('could not be opened in this browser');
    expect(screen.getByRole('link', { name: 'Back to modules' })).toBeTruthy();
  });

  it('shows the introduction when nothing is saved for the module, and Begin starts it', async () => {
    const repo = Object.assign(new MemoryRepository(), { persistent: true });
    render(ModuleInApp, { props: { services: services(Promise.resolve(repo)), id: script.id } });
    await fireEvent.click(await screen.findByRole('button', { name: 'Begin' }));
    await screen.findByRole('list', { name: 'Transcript' });
    expect((await repo.listAttempts()).map((a) => a.status)).toEqual(['active']);
  });
});
