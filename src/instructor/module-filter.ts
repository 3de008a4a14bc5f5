/**
 * Which built-in modules the instructor's module picker lists: those not yet in the assignment
 * that match every filter set (track, leadership challenge, ground rule), in catalogue order.
 */
import type { CatalogEntry } from '../catalog/types';
import type { Track } from '../script/types';

/** The picker's filters; an empty string means "any". */
export interface ModuleFilter {
  /** Track id, or ''. */
  track: Track | '';
  /** Leadership-challenge id, or ''. */
  challenge: string;
  /** Ground-rule id, or ''. */
  rule: string;
}

/** No filter set. */
export const NO_FILTER: ModuleFilter = { track: '', challenge: '', rule: '' };

/** True when any filter is set. */
export function filterActive(f: ModuleFilter): boolean {
  return !!(f.track || f.challenge || f.rule);
}

/** The modules of `all` not in `chosen` that match `f`, in their order. */
export function matchingModules(all: readonly CatalogEntry[], chosen: ReadonlySet<string>, f: ModuleFilter): CatalogEntry[] {
  return all.filter(
    (s) => !chosen.has(s.id) && (!f.track || s.track === f.track) && (!f.challenge || s.challenges.includes(f.challenge)) && (!f.rule || s.rules.includes(f.rule)),
  );
}
