/**
 * Feedback on a choice as a judgement call: what happened, why, what it gave, what it cost, and
 * "Also possible" only when there is something to say; a legacy case file's choice (no gives, no
 * costs) shows its one alternative as "Another way to see it". Tendencies in words, no marks.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FeedbackPanel from '../../../src/views/session/FeedbackPanel.svelte';
import { fakeChoice, p } from '../fake-script';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
afterEach(cleanup);

const headings = () => screen.getAllByRole('heading').map((h) => h.textContent);

describe('FeedbackPanel', () => {
  it('shows what happened, why, what it gave, what it cost and also possible, under accessible headings', () => {
    render(FeedbackPanel, { props: { choice: fakeChoice('invite', { feedback: { also: p('Waiting for her to speak.') } }) } });
    expect(screen.getByRole('heading', { level: 2, name: 'Feedback on your response' })).toBeTruthy();
    expect(headings()).toEqual(['Feedback on your response', 'What happened', 'Why, in Balint terms', 'What it gave', 'What it cost', 'Also possible']);
    expect(screen.getByRole('heading', { name: 'What it gave' }).nextElementSibling?.textContent).toBe('invite gives.');
    expect(screen.getByRole('heading', { name: 'What it cost' }).nextElementSibling?.textContent).toBe('invite costs.');
    expect(screen.getByRole('heading', { name: 'Also possible' }).nextElementSibling?.textContent).toBe('Waiting for her to speak.');
  });

  it('leaves out "Also possible" when the choice has none', () => {
    render(FeedbackPanel, { props: { choice: fakeChoice('wait') } });
    expect(headings()).toEqual(['Feedback on your response', 'What happened', 'Why, in Balint terms', 'What it gave', 'What it cost']);
  });

  it('shows a legacy choice’s alternative under "Another way to see it", without gives or costs', () => {
    render(FeedbackPanel, { props: { choice: fakeChoice('old', { feedback: { gives: '', costs: '', also: p('Stop the question gently.') } }), headingLevel: 3 } });
    expect(headings()).toEqual(['Feedback on your response', 'What happened', 'Why, in Balint terms', 'Another way to see it']);
    expect(screen.getByRole('heading', { level: 4, name: 'Another way to see it' }).nextElementSibling?.textContent).toBe('Stop the question gently.');
  });

  it('names the tendencies a move shows in words, never as marks', () => {
    const { container } = render(FeedbackPanel, {
      props: { choice: fakeChoice('ask', { evidence: [{ competency: 'restraint-from-advice', delta: -1 }, { competency: 'honesty-about-reactions', delta: 1 }] }) },
    });
    expect(container.querySelector('.leans')?.textContent?.replace(/\s+/g, ' ').trim()).toBe("Tendencies this move shows: toward Honesty about one's reactions; away from Restraint from advice");
    expect(container.textContent).not.toMatch(/[+-]1/);
  });
});
