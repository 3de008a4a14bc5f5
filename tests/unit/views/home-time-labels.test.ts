/**
 * The learner's time and the group's time never look alike: the introduction labels them "Your
 * time" and "Group time", the session clock says "Group time", and a path that runs past the
 * planned length says so instead of "minute 46 of 45". The introduction says "fictional
 * composite" once, whether or not the script's own introduction does.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PhaseClock from '../../../src/views/session/PhaseClock.svelte';
import ModuleIntro from '../../../src/views/ModuleIntro.svelte';
import { fakeScript } from '../fake-script';

vi.mock('virtual:balint/catalog', async () => {
  const { summarise } = await import('../../../src/catalog/summarise');
  const { fakeScript } = await import('../fake-script');
  return { ...(await import('../mock-catalog')), summaries: [summarise(fakeScript())] };
});
afterEach(cleanup);

const clockText = () => screen.getByRole('group', { name: 'Session clock' }).querySelector('.time')!.textContent;

describe('time labels', () => {
  it('the session clock reads as group time', () => {
    render(PhaseClock, { props: { phase: 'questions', elapsed: 12, total: 60 } });
    expect(clockText()).toBe('Group time: minute 12 of 60');
  });

  it('the session clock never reads past the session length: a path that ran over says so', () => {
    render(PhaseClock, { props: { phase: 'close', elapsed: 46, total: 45 } });
    expect(clockText()).toBe('Group time: over time (45 minutes planned)');
  });

  it("the introduction labels the learner's time and the story's time apart", () => {
    render(ModuleIntro, { props: { script: fakeScript({ minutes: 10, sessionMinutes: 60 }), onbegin: () => {} } });
    expect(screen.getByText('Your time: about 10 minutes')).toBeTruthy();
    expect(screen.getByText('Group time: 60 minutes in the story')).toBeTruthy();
  });

  it('the introduction says "fictional composite" once, with or without the script saying it', () => {
    const count = () => (document.body.textContent!.match(/fictional composite/gi) ?? []).length;
    render(ModuleIntro, { props: { script: fakeScript(), onbegin: () => {} } });
    expect(count()).toBe(1);
    cleanup();
    render(ModuleIntro, { props: { script: fakeScript({ intro: '<p>This is a <strong>fictional composite</strong>.</p>' }), onbegin: () => {} } });
    expect(count()).toBe(1);
  });
});
