/**
 * An authoring preview runs on a memory repository, so its place is not kept: its session and its
 * debrief offer "Leave the preview" (back to the script) and never promise a kept place or a record
 * in Progress.
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

function preview() {
  const real = Object.assign(new MemoryRepository(), { persistent: false });
  const services = { repo: real, ready: Promise.resolve(real) } as unknown as AppServices;
  const onstop = vi.fn();
  render(PreviewInApp, { props: { services, script: fakeScript(), onstop } });
  return onstop;
}

describe('leaving an authoring preview', () => {
  it('says "Leave the preview" in the session, not that the place is kept, and goes back to the script', async () => {
    const onstop = preview();
    const leave = await screen.findByRole('button', { name: 'Leave the preview' });
    expect(screen.queryByRole('link', { name: /your place is kept/ })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByText('Start the preview over from the beginning?')).toBeTruthy();
    expect(screen.queryByText(/stays in Progress/)).toBeNull();
    await fireEvent.click(leave);
    expect(onstop).toHaveBeenCalledOnce();
  });

  it('offers "Leave the preview" on its debrief instead of Progress and the modules', async () => {
    const onstop = preview();
    await fireEvent.click(await screen.findByRole('button', { name: /Say nothing/ }));
    await screen.findByRole('heading', { level: 2, name: 'Debrief' });
    expect(screen.queryByRole('link', { name: 'See your progress' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Leave the preview' }));
    expect(onstop).toHaveBeenCalledOnce();
  });

  it('says at its debrief that a reflection is kept only for the preview, never "on this device"', async () => {
    preview();
    await fireEvent.click(await screen.findByRole('button', { name: /Say nothing/ }));
    const field = await screen.findByRole('textbox', { name: 'Your reflection on this session' });
    expect(screen.getByText(/kept only until you leave it/)).toBeTruthy();
    await fireEvent.input(field, { target: { value: 'A note typed in a preview.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect(await screen.findByText('Reflection kept for this preview only.')).toBeTruthy();
    expect(screen.queryByText(/on this device/)).toBeNull();
  });
});
