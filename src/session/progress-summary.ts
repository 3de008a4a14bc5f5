/**
 * Per-module progress derived from attempt records: what the home page badges, the continue button
 * and the Progress page show. Pure, so it is tested without storage or views.
 */
import type { Attempt } from '../storage/types';

/** Progress on one module. */
export interface ModuleProgress {
  /** Module id. */
  moduleId: string;
  /** The unfinished attempt, if any (newest). */
  active?: Attempt;
  /** Number of completed attempts. */
  completed: number;
  /** Distinct ending ids reached. */
  endings: string[];
  /** Newest completed attempt. */
  lastCompleted?: Attempt;
}

/** Group attempts by module. `attempts` must be newest first. */
export function summariseProgress(attempts: readonly Attempt[]): Map<string, ModuleProgress> {
  const out = new Map<string, ModuleProgress>();
  for (const a of attempts) {
    const p = out.get(a.moduleId) ?? { moduleId: a.moduleId, completed: 0, endings: [] };
    if (a.status === 'active' && !p.active) p.active = a;
    if (a.status === 'completed') {
      p.completed++;
      p.lastCompleted ??= a;
      if (a.endingId && !p.endings.includes(a.endingId)) p.endings.push(a.endingId);
    }
    out.set(a.moduleId, p);
  }
  return out;
}

/** The most recently touched unfinished attempt across modules. */
export function latestActive(attempts: readonly Attempt[]): Attempt | undefined {
  return attempts.find((a) => a.status === 'active' && a.steps.length > 0);
}
