/**
 * Tendencies, not scores: what the learner's moves leaned toward, per competency.
 *
 * A script's `Evidence:` records the tendency a move shows (content/judgement.md §0): toward a
 * competency (a positive delta) or away from it (a negative one). Sums of those deltas read like
 * marks ("3 for, 1 against"), so the debrief and the progress page never show them. Instead each
 * competency gets a count of the moves that touched it, how many leaned each way, and a coarse
 * leaning code. The views turn the codes into words ("your moves often protected the presenter, 4
 * of 5 moves that touched it"); nothing here is prose, so the words live in one place
 * (`src/i18n/en/tendencies.ts`, as `m.tendencies`).
 *
 * A move counts once per competency, by the sign of its evidence on it; a move without evidence on
 * a competency does not touch it.
 */
import type { Script } from '../script/types';
import { indexScript } from './derive';

/** Which way the moves that touched a competency leaned. */
export type Leaning =
  /** Most of them (two thirds or more) leaned toward it. */
  | 'often'
  /** They went both ways in similar measure. */
  | 'mixed'
  /** Most of them (two thirds or more) leaned away from it. */
  | 'rarely';

/** One competency's tendency over some moves. */
export interface Tendency {
  /** Competency id. */
  competency: string;
  /** Moves that touched it (toward + away). */
  moves: number;
  /** Moves that leaned toward it. */
  toward: number;
  /** Moves that leaned away from it. */
  away: number;
  /** The leaning those moves show. */
  leaning: Leaning;
}

/** The leaning of `toward` and `away` moves (at least one of them non-zero). */
export function leaningOf(toward: number, away: number): Leaning {
  const share = toward / Math.max(1, toward + away);
  if (share >= 2 / 3) return 'often';
  if (share <= 1 / 3) return 'rarely';
  return 'mixed';
}

/** A tendency with what receipts also state: sums of evidence and the modules it came from. */
export interface TendencyLine extends Tendency {
  /** Sum of positive evidence (receipts keep it; views never show it). */
  for: number;
  /** Sum of negative evidence, as a positive number (likewise). */
  against: number;
  /** Module ids whose moves touched it, in the order first met. */
  modules: string[];
}

/** Counts moves toward and away, per competency, as they are added. */
export class TendencyCounter {
  readonly #lines = new Map<string, Omit<TendencyLine, 'moves' | 'leaning'>>();

  /** Add one move: choice `choiceId` of `script`. */
  add(script: Script, choiceId: string): void {
    for (const e of indexScript(script).choices.get(choiceId)?.evidence ?? []) {
      if (e.delta === 0) continue;
      const l = this.#lines.get(e.competency) ?? { competency: e.competency, toward: 0, away: 0, for: 0, against: 0, modules: [] };
      if (e.delta > 0) {
        l.toward++;
        l.for += e.delta;
      } else {
        l.away++;
        l.against -= e.delta;
      }
      if (!l.modules.includes(script.id)) l.modules.push(script.id);
      this.#lines.set(e.competency, l);
    }
  }

  /** The lines so far, most touched first (then by id, so the order is stable). */
  result(): TendencyLine[] {
    return [...this.#lines.values()]
      .map((l) => ({ ...l, moves: l.toward + l.away, leaning: leaningOf(l.toward, l.away) }))
      .sort((a, b) => b.moves - a.moves || a.competency.localeCompare(b.competency));
  }
}

/** The tendencies of one attempt's moves (`chosen`: choice ids in order). */
export function tendencies(script: Script, chosen: readonly string[]): Tendency[] {
  const counter = new TendencyCounter();
  for (const id of chosen) counter.add(script, id);
  return counter.result();
}
