/**
 * Every route has a visible way out on any error (issue 15): a screen that throws while it renders
 * is replaced by an explanation in plain words with "Try again" and "Back to modules", focus on its
 * heading, and the engine's error text nowhere on the page.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import BoundaryHarness from './BoundaryHarness.svelte';
import { breaking } from './breaking';
import { expectOwnWords } from './own-words';

afterEach(() => {
  cleanup();
  breaking.now = true;
  vi.restoreAllMocks();
});

async function failing() {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const view = render(BoundaryHarness, { props: { route: 'a', fail: true } });
  const heading = await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this screen' });
  return { view, heading, logged };
}

describe('the route boundary', () => {
  it('replaces a screen that throws with an explanation, a way out and focus on its heading', async () => {
    const { heading, logged } = await failing();
    await tick();
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to modules' }).getAttribute('href')).toBe('#/');
    expect(document.body.textContent).not.toMatch(/reading 'scenes'/);
    expectOwnWords([document.body.textContent!]);
    expect(logged).toHaveBeenCalledTimes(1); // for whoever investigates, not on the page
  });

  it('builds the screen again on "Try again", and explains again while it still fails', async () => {
    await failing();
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Something went wrong on this screen' })).toBeTruthy();
    breaking.now = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Screen that works again' })).toBeTruthy();
  });

  it('shows the next route’s screen once the learner leaves', async () => {
    const { view } = await failing();
    await view.rerender({ route: 'b', fail: false });
    expect(await screen.findByRole('heading', { name: 'Screen b' })).toBeTruthy();
    expect(screen.queryByText('Something went wrong on this screen')).toBeNull();
  });
});
