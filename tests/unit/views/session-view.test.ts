/**
 * During play, an inner voice kept for the debrief (`(thinks, debrief)`) never shows: not in the
 * session's transcript, not in the view, not announced, even with "Show inner voices" on. Ordinary
 * inner voices show when asked for.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../../src/session/session.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import SessionView from '../../../src/views/SessionView.svelte';
import { fakeLine, fakeScript, withScene } from '../fake-script';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
afterEach(cleanup);

const script = withScene(fakeScript(), 'ask', (s) => ({
  ...s,
  lines: [
    fakeLine('ask#1', { text: 'I have a case.' }),
    fakeLine('ask#2', { kind: 'inner', text: 'I hope they are kind.' }),
    fakeLine('ask#3', { kind: 'inner', speaker: 'ben', text: 'I will let the silence run.', debriefOnly: true }),
  ],
}));

describe('debrief-only inner voices in play', () => {
  it('never show during play, even with “Show inner voices” on', async () => {
    const session = await Session.open(script, new MemoryRepository(), { instant: true });
    expect(session.transcript.map((t) => t.text)).toEqual(['I have a case.', 'I hope they are kind.']);
    expect(session.revealing).toBe(false);
    expect(session.choices.map((c) => c.id)).toEqual(['protect', 'wait']);
    render(SessionView, { props: { session } });
    const list = screen.getByRole('list', { name: 'Transcript' });
    expect(list.textContent).toContain('I have a case.');
    expect(list.textContent).not.toContain('I hope they are kind.');
    await fireEvent.click(screen.getByRole('button', { name: 'Show inner voices' }));
    expect(list.textContent).toContain('I hope they are kind.');
    expect(document.body.textContent).not.toContain('I will let the silence run.');
    session.dispose();
  });

  it('are not counted as lines still to appear at a readable pace', async () => {
    const session = await Session.open(script, new MemoryRepository());
    expect(session.transcript.map((t) => t.text)).toEqual(['I have a case.']);
    expect(session.revealing).toBe(true);
    session.revealAll();
    expect(session.revealing).toBe(false);
    expect(session.transcript).toHaveLength(2);
    session.dispose();
  });
});
