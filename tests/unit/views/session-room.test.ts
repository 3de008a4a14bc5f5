/**
 * The session screen with the room mounted: the circle for screen readers, the live climate by
 * track and setting, a choice's action and words rendered apart (and named as read aloud), and
 * the learner's scripted lines shown like the lines they choose.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../../src/session/session.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { DEFAULT_SETTINGS, type LiveClimate } from '../../../src/storage/types';
import type { Scene, Script } from '../../../src/script/types';
import SessionView from '../../../src/views/SessionView.svelte';
import { fakeChoice, fakeLine, fakeScene, fakeScript, withScene } from '../fake-script';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
afterEach(cleanup);

async function shown(script: Script, liveClimate: LiveClimate = DEFAULT_SETTINGS.liveClimate) {
  const repo = new MemoryRepository();
  await repo.saveSettings({ ...DEFAULT_SETTINGS, liveClimate });
  const session = await Session.open(script, repo, { instant: true });
  render(SessionView, { props: { session } });
  return session;
}

describe('the session screen', () => {
  it('lists every seat of the circle with its position for screen readers', async () => {
    const session = await shown(fakeScript());
    const room = screen.getByRole('region', { name: 'The circle' });
    const seats = within(room).getAllByRole('listitem').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(seats).toHaveLength(3);
    expect(seats.some((s) => /^Ben, leader, at \d+ o’clock$/.test(s))).toBe(true);
    expect(seats.some((s) => /^You, member, at \d+ o’clock$/.test(s))).toBe(true);
    session.dispose();
  });

  it('shows the group climate now in a leader session by default, and not in a member session', async () => {
    const leader = await shown(fakeScript({ track: 'leader', seat: 'leader' }));
    expect(screen.getByRole('meter', { name: 'Presenter safety' })).toBeTruthy();
    leader.dispose();
    cleanup();
    const member = await shown(fakeScript());
    expect(screen.queryByRole('meter')).toBeNull();
    member.dispose();
  });

  it('shows the climate in a member session when the learner chose every session', async () => {
    const session = await shown(fakeScript(), 'all');
    expect(screen.getByRole('meter', { name: 'Presenter safety' })).toBeTruthy();
    session.dispose();
  });

  it('renders a choice’s action as description and its words as quoted speech, named as read aloud', async () => {
    const script = withScene(fakeScript(), 'ask', (s) => ({ ...s, choices: [fakeChoice('turn', { text: 'Turn to Ana. "Anything you’d add?"' }), s.choices[1]!] }));
    const session = await shown(script);
    const button = within(screen.getByRole('group', { name: 'Your response' })).getByRole('button', { name: 'Turn to Ana. “Anything you’d add?”' });
    expect(button.querySelector('.action')!.textContent).toBe('Turn to Ana.');
    expect(button.querySelector('.speech')!.textContent).toBe('“Anything you’d add?”');
    session.dispose();
  });

  it('shows a scripted line of the learner’s like a line they chose: “You:” then the words quoted', async () => {
    const script = withScene(fakeScript(), 'ask', (s) => ({ ...s, lines: [fakeLine('ask#1', { speaker: 'you', text: 'Wait.' })] }));
    const session = await shown(script);
    const line = within(screen.getByRole('list', { name: 'Transcript' })).getAllByRole('listitem')[0]!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).toBe('You: “Wait.”');
    expect(line.classList.contains('yours')).toBe(true);
    session.dispose();
  });

  it('reopened after a reload, shows the feedback last shown with focus on its heading', async () => {
    const repo = new MemoryRepository();
    // Two decisions: `ask` (protect or wait) goes on to `more`, so the session is still open after the first.
    const [ask, end] = fakeScript().scenes as [Scene, Scene];
    const more = fakeScene('more', { choices: [fakeChoice('again')] });
    const first = await Session.open(fakeScript({ scenes: [{ ...ask, choices: ask.choices.map((c) => ({ ...c, routes: [{ target: 'more', line: 1 }] })) }, more, end] }), repo, { instant: true });
    expect(await first.choose('protect')).toBe(true);
    const script = first.script;
    first.dispose();
    const again = await Session.open(script, repo, { instant: true });
    expect(again.openedAs).toBe('resumed');
    render(SessionView, { props: { session: again } });
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Feedback on your response' }));
    again.dispose();
  });
});
