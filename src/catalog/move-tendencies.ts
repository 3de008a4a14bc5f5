/**
 * What one move leans toward and away from, as the vocabulary's competency labels (its evidence
 * is codes and signs; the feedback lists these labels).
 */
import { label } from './catalog';
import type { Evidence } from '../script/types';

/** The labels of the competencies a move leans toward (a positive delta) and away from (a negative one). */
export function moveTendencies(evidence: readonly Evidence[]): { toward: string[]; away: string[] } {
  return {
    toward: evidence.filter((e) => e.delta > 0).flatMap((e) => label('competencies', e.competency) ?? []),
    away: evidence.filter((e) => e.delta < 0).flatMap((e) => label('competencies', e.competency) ?? []),
  };
}
