/**
 * What a module's one-line "what you'll practise" on the home page names. Leader modules share
 * most of their competencies, so for them the line names the leadership challenges the group
 * brings; member and foundation modules name their competencies. The first few, in the order
 * the author listed them (the module's main focus first). Codes only: the view chooses the words.
 */
import type { CatalogEntry, ListedKind } from '../../catalog/types';

/** The vocabulary ids a module's one-line focus names. */
export interface PractiseFocus {
  /** Which vocabulary the ids come from. */
  kind: Extract<ListedKind, 'challenges' | 'competencies'>;
  /** The ids, main focus first (at most `count`). */
  ids: string[];
}

/** The focus of one module: at most `count` ids. */
export function practiseFocus(module: Pick<CatalogEntry, 'track' | 'challenges' | 'competencies'>, count = 3): PractiseFocus {
  if (module.track === 'leader' && module.challenges.length) return { kind: 'challenges', ids: module.challenges.slice(0, count) };
  return { kind: 'competencies', ids: module.competencies.slice(0, count) };
}
