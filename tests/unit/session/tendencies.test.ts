/**
 * Tendencies, not scores: codes and counts per competency from the learner's moves (one attempt,
 * and across attempts for the Progress page), and the words the views use for them.
 */
import { describe, expect, it, vi } from 'vitest';
import { leaningOf, tendencies } from '../../../src/session/tendencies';
import { competencyProfile } from '../../../src/session/competency-profile';
import { moveTendencies } from '../../../src/catalog/move-tendencies';
import { m } from '../../../src/i18n/messages';
import { vocabulary } from '../mock-catalog';
import { fakeAttempt } from '../fakes';
import { fakeChoice, fakeScene, fakeScript } from '../fake-script';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
const { phrases: TENDENCY_PHRASES, phrasesFor: tendencyPhrases } = m.tendencies;
const tendencySentence = (t: Parameters<typeof m.tendencies.sentence>[0]) => m.tendencies.sentence(t, t.competency);

/** Five decisions, each offering a move toward and a move away from protecting the presenter. */
const five = fakeScript({
  scenes: [
    ...[1, 2, 3, 4, 5].map((n) =>
      fakeScene(`s${n}`, {
        choices: [
          fakeChoice(`toward${n}`, { evidence: [{ competency: 'protect-presenter', delta: 1 }], routes: [{ target: n < 5 ? `s${n + 1}` : 'end', line: 1 }] }),
          fakeChoice(`away${n}`, { evidence: [{ competency: 'protect-presenter', delta: -1 }, { competency: 'tolerate-silence', delta: -1 }], routes: [{ target: n < 5 ? `s${n + 1}` : 'end', line: 1 }] }),
        ],
      }),
    ),
    fakeScene('end', { phase: 'close' }),
  ],
});

describe('tendencies', () => {
  it('leans often, mixed or rarely by the share of moves toward a competency', () => {
    expect(leaningOf(4, 1)).toBe('often');
    expect(leaningOf(2, 1)).toBe('often');
    expect(leaningOf(1, 1)).toBe('mixed');
    expect(leaningOf(3, 2)).toBe('mixed');
    expect(leaningOf(1, 2)).toBe('rarely');
    expect(leaningOf(0, 3)).toBe('rarely');
    expect(leaningOf(1, 0)).toBe('often');
  });

  it('counts the moves that touched each competency, each way, most touched first', () => {
    const t = tendencies(five, ['toward1', 'toward2', 'away3', 'toward4', 'toward5']);
    expect(t.map(({ competency, moves, toward, away, leaning }) => ({ competency, moves, toward, away, leaning }))).toEqual([
      { competency: 'protect-presenter', moves: 5, toward: 4, away: 1, leaning: 'often' },
      { competency: 'tolerate-silence', moves: 1, toward: 0, away: 1, leaning: 'rarely' },
    ]);
    expect(tendencies(five, [])).toEqual([]);
  });

  it('profiles every attempt together, skipping modules whose script is not loaded', () => {
    const attempt = (...choices: string[]) => fakeAttempt({ moduleId: five.id, steps: choices.map((choice) => ({ type: 'choice' as const, scene: 's1', choice, at: '2026-11-25T10:00:00.000Z' })) });
    const profile = competencyProfile([attempt('toward1', 'away2'), attempt('away1'), fakeAttempt({ moduleId: 'gone', steps: [{ type: 'choice', scene: 'x', choice: 'toward1', at: '2026-11-25T10:00:00.000Z' }] })], new Map([[five.id, five]]));
    expect(profile[0]).toMatchObject({ competency: 'protect-presenter', moves: 3, toward: 1, away: 2, leaning: 'rarely', modules: [five.id], for: 1, against: 2 });
  });
});

describe('tendency words', () => {
  it('words a tendency with the counts it rests on, never as a mark', () => {
    const t = (toward: number, away: number, competency = 'protect-presenter') => ({ competency, moves: toward + away, toward, away, leaning: leaningOf(toward, away) });
    expect(tendencySentence(t(4, 1))).toBe('You often protected the presenter (4 of 5 moves that touched it).');
    expect(tendencySentence(t(1, 3, 'tolerate-silence'))).toBe('You often stepped in early (3 of 4 moves that touched it).');
    expect(tendencySentence(t(2, 2))).toBe('You went both ways: you protected the presenter twice and let pressure on the presenter run twice.');
    expect(tendencySentence(t(1, 0, 'restraint-from-advice'))).toBe('Once, you held back advice (the only move that touched it).');
    expect(tendencySentence(t(0, 3, 'restraint-from-advice'))).toBe('Each time (3 of 3 moves that touched it), you offered advice.');
    expect(tendencySentence(t(2, 0, 'honesty-about-reactions'))).toBe('Each time (2 of 2 moves that touched it), you said what you felt.');
    for (const s of [t(4, 1), t(0, 3), t(2, 2), t(1, 0)].map(tendencySentence)) expect(s).not.toMatch(/\+\d|-\d|\bfor\b|against|score|points?/);
  });

  it('has words for every competency in the vocabulary, and falls back to the label for a new one', () => {
    const ids = (vocabulary.competencies as { id: string }[]).map((c) => c.id);
    expect(ids.filter((id) => !(id in TENDENCY_PHRASES))).toEqual([]);
    expect(tendencyPhrases('no-such-competency', 'A newer competency')).toEqual({ toward: 'leaned toward “A newer competency”', away: 'leaned away from “A newer competency”' });
  });

  it('names what one move leans toward and away from by competency label', () => {
    expect(moveTendencies([{ competency: 'protect-presenter', delta: 1 }, { competency: 'tolerate-silence', delta: -1 }])).toEqual({ toward: ['Protect the presenter'], away: ['Tolerate silence and uncertainty'] });
  });

  it('leaves out a competency the vocabulary does not have, never naming it by id', () => {
    expect(moveTendencies([{ competency: 'retired-competency', delta: 1 }, { competency: 'protect-presenter', delta: -1 }])).toEqual({ toward: [], away: ['Protect the presenter'] });
  });
});
