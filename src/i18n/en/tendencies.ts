/**
 * The words for tendencies (`session/tendencies.ts` returns codes and counts). A tendency is
 * described, never graded: "You often protected the presenter (4 of 5 moves that touched it)".
 * Each competency of the vocabulary has a phrase for each direction, past tense, to follow "You
 * often…"; a competency without one (a vocabulary newer than these words) falls back to its label,
 * which the view passes in.
 */
import type { Tendency } from '../../session/tendencies';

/** What a move toward, and a move away from, each competency did. */
const phrases: Readonly<Record<string, { toward: string; away: string }>> = {
  'protect-presenter': { toward: 'protected the presenter', away: 'let pressure on the presenter run' },
  'encourage-speculation': { toward: 'opened room for speculation', away: 'narrowed what the group imagined' },
  'avoid-premature-solutions': { toward: 'held solutions off', away: 'let solutions come early' },
  'tolerate-silence': { toward: 'stayed with silence and not knowing', away: 'stepped in early' },
  'frame-and-boundaries': { toward: 'held the frame', away: 'let the frame loosen' },
  'safety-and-trust': { toward: 'built safety', away: 'put safety under strain' },
  'relationship-focus': { toward: 'kept to the relationship', away: 'moved away from the relationship' },
  'facilitate-participation': { toward: 'widened who took part', away: 'left participation to the group' },
  'co-leadership': { toward: 'worked with your co-leader', away: 'went it alone' },
  confidentiality: { toward: 'guarded confidentiality', away: 'loosened confidentiality' },
  'group-process': { toward: 'attended to the group’s process', away: 'left the group’s process unspoken' },
  'introduce-newcomers': { toward: 'helped a newcomer in', away: 'left a newcomer to find their way' },
  'curiosity-about-patient': { toward: 'stayed curious about the patient', away: 'left the patient in the background' },
  'imagine-feelings': { toward: 'imagined feelings', away: 'stayed with the facts' },
  'restraint-from-advice': { toward: 'held back advice', away: 'offered advice' },
  'respect-divergent-views': { toward: 'made room for other views', away: 'pressed one view' },
  'honesty-about-reactions': { toward: 'said what you felt', away: 'kept your reactions to yourself' },
  'support-presenter': { toward: 'supported the presenter', away: 'left the presenter on their own' },
};

/** The two phrases for a competency: its own, else from its label (`name`; never its id). */
function phrasesFor(competency: string, name: string): { toward: string; away: string } {
  const own = Object.prototype.hasOwnProperty.call(phrases, competency) ? phrases[competency] : undefined;
  return own ?? { toward: `leaned toward “${name}”`, away: `leaned away from “${name}”` };
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * One sentence on a tendency, with the counts it rests on: "You often protected the presenter (4
 * of 5 moves that touched it)", "You often stepped in early (3 of 4 moves that touched it)".
 */
function sentence(t: Tendency, name: string): string {
  const { toward, away } = phrasesFor(t.competency, name);
  if (t.moves === 1) return `Once, you ${t.toward ? toward : away} (the only move that touched it).`;
  if (t.toward === t.moves || t.away === t.moves) return `Each time (${t.moves} of ${t.moves} moves that touched it), you ${t.toward ? toward : away}.`;
  if (t.leaning === 'often') return `You often ${toward} (${t.toward} of ${t.moves} moves that touched it).`;
  if (t.leaning === 'rarely') return `You often ${away} (${t.away} of ${t.moves} moves that touched it).`;
  return `You went both ways: you ${toward} ${times(t.toward)} and ${away} ${times(t.away)}.`;
}

export const tendencies = {
  /** The phrases of every competency this catalogue has words for, by id. */
  phrases,
  /** The two phrases for a competency (`name`: its label, for the fallback). */
  phrasesFor,
  /** One sentence on a tendency (`name`: the competency's label, for the fallback). */
  sentence,
};
