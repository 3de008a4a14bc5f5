/**
 * The authoring preview plays on a repository of its own in memory ("progress is not saved"), so a
 * reflection typed at the end of a preview belongs to that repository too, never to the learner's
 * real data (the app's repository).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../src/app/app-context';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeScript } from '../fake-script';
import PreviewInApp from './PreviewInApp.svelte';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
afterEach(cleanup);

describe('the authoring preview', () => {
  it('keeps a reflection typed in its debrief out of the learner’s real data', async () => {
    const real = Object.assign(new MemoryRepository(), { persistent: false });
    const services = { repo: real, ready: Promise.resolve(real) } as unknown as AppServices;
    render(PreviewInApp, { props: { services, script: fakeScript() } });
    await fireEvent.click(await screen.findByRole('button', { name: /Say nothing/ }));
    const field = await screen.findByRole('textbox', { name: 'Your reflection on this session' });
    await fireEvent.input(field, { target: { value: 'Typed in a preview.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await screen.findByText(/^Kept for this preview only/);
    expect(await real.listReflections()).toEqual([]);
    expect(await real.listAttempts()).toEqual([]);
  });
});
