/**
 * The debrief follows the judgement model: the ending's kind (or nothing) and title with only the
 * debrief parts that hold for this attempt; every decision as a judgement call, options side by
 * side with what each gives and costs and the chosen one marked in words; inner voices including
 * those kept for the debrief; tendencies in words, and no score anywhere.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Script } from '../../../src/script/types';
import DebriefReport from '../../../src/views/DebriefReport.svelte';
import { fakeChoice, fakeEnding, fakeLine, fakeScene, fakeScript, p, withScene } from '../fake-script';
import { walk } from '../session/walk';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
afterEach(cleanup);

/** Render the debrief of an attempt that chose `choice` at `ask`. */
function debrief(script: Script, choice: string) {
  const end = walk(script, choice);
  return render(DebriefReport, { props: { script, context: end.context, endingId: String(end.value) } });
}
const card = (c: HTMLElement) => c.querySelector<HTMLElement>('.ending')!;

describe('the ending card', () => {
  const conditional = withScene(fakeScript(), 'end', (s) => ({
    ...s,
    ending: fakeEnding({ debrief: [{ html: p('The group stayed with Ana.') }, { html: p('You protected Ana early.'), when: { kind: 'chose', choice: 'protect' } }, { html: p('You let the silence run.'), when: { kind: 'chose', choice: 'wait' } }] }),
  }));

  it('shows the ending’s kind label and title, and only the debrief parts whose condition holds', () => {
    const { container } = debrief(conditional, 'wait');
    const ending = card(container);
    expect(ending.textContent).toContain('The presenter left with a question');
    expect(within(ending).getByRole('heading', { level: 3 }).textContent).toBe('The session ends');
    expect(ending.textContent).toContain('The group stayed with Ana.');
    expect(ending.textContent).toContain('You let the silence run.');
    expect(ending.textContent).not.toContain('You protected Ana early.');
    expect(ending.querySelector('.muted')?.textContent).toBe('The presenter left with a question · one of 1 ending of this module');
  });

  it('shows no kind for a legacy ending without one, and never a rank', () => {
    const legacy = withScene(fakeScript(), 'end', (s) => ({ ...s, ending: { title: 'Guarded', legacyOutcome: 'difficult' as const, debrief: [{ html: p('Safety fell.') }] } }));
    const { container } = debrief(legacy, 'protect');
    const ending = card(container);
    expect(ending.querySelector('.kind')).toBeNull();
    expect(ending.querySelector('.muted')?.textContent).toBe('One of 1 ending of this module');
    expect(ending.textContent).not.toMatch(/difficult|strong|mixed|ending \d+ of/i);
    expect(within(ending).getByRole('heading', { level: 3 }).textContent).toBe('Guarded');
  });
});

describe('each decision as a judgement call', () => {
  it('shows the option chosen and the others side by side, each with what it gives and costs, the chosen one marked in words', () => {
    debrief(fakeScript(), 'wait');
    const options = within(screen.getByRole('list', { name: 'The options at decision 1' })).getAllByRole('listitem');
    expect(options).toHaveLength(2);
    const [protect, wait] = options as [HTMLElement, HTMLElement];
    expect(protect.textContent).toContain('“Choice protect”');
    expect(protect.textContent).toContain('Not chosen');
    expect(protect.textContent).toMatch(/Gives\s*protect gives\.\s*Costs\s*protect costs\./);
    expect(wait.textContent).toContain('Your choice');
    expect(wait.textContent).toMatch(/Gives\s*wait gives\.\s*Costs\s*wait costs\./);
    expect(wait.classList.contains('chosen')).toBe(true);
    expect(screen.queryByText(/other responses you could have given/i)).toBeNull();
  });

  it('shows a legacy option’s alternative as "Another way to see it"', () => {
    const legacy = withScene(fakeScript(), 'ask', (s) => ({ ...s, choices: [fakeChoice('old', { feedback: { gives: '', costs: '', also: p('Stop the question gently.') } }), s.choices[1]!] }));
    debrief(legacy, 'wait');
    const [old] = within(screen.getByRole('list', { name: 'The options at decision 1' })).getAllByRole('listitem');
    expect(old!.textContent).toMatch(/Another way to see it\s*Stop the question gently\./);
    expect(old!.textContent).not.toContain('Gives');
  });

  it('says so when the path had no decision', () => {
    const none = fakeScript({ start: 'end', scenes: [fakeScene('end', { phase: 'close', ending: fakeEnding() })] });
    render(DebriefReport, { props: { script: none, context: walk(none).context, endingId: 'end' } });
    expect(screen.getByText('You made no choices on this path.')).toBeTruthy();
  });
});

describe('inner voices and tendencies', () => {
  it('lists debrief-only inner voices under "Inner voices you may not have heard"', () => {
    const voices = withScene(fakeScript(), 'ask', (s) => ({
      ...s,
      lines: [fakeLine('ask#1'), fakeLine('ask#2', { kind: 'inner', speaker: 'ben', text: 'I will let the silence run.', html: 'I will let the silence run.', debriefOnly: true })],
    }));
    debrief(voices, 'protect');
    const heading = screen.getByRole('heading', { name: 'Inner voices you may not have heard' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(list.textContent).toContain('Ben (thinks): I will let the silence run.');
    expect(list.textContent).toContain('not shown during play');
  });

  it('replaces "N for, M against" with tendencies in words under "Competency evidence"', () => {
    const { container } = debrief(fakeScript(), 'wait');
    expect(screen.getByRole('heading', { name: 'Competency evidence' })).toBeTruthy();
    const text = container.textContent!;
    expect(text).toContain('Protect the presenter: Once, you let pressure on the presenter run (the only move that touched it).');
    expect(text).toContain('Tolerate silence and uncertainty: Once, you stayed with silence and not knowing (the only move that touched it).');
    expect(text).not.toMatch(/\d+ for, \d+ against|\bscores?\b|\b(passed|failed)\b(?! through)/i);
  });
});
