/**
 * How the build splits the catalogue (src/tools/catalog-plugin.ts): what the home page lists of a
 * module and of the vocabulary, the module's "About" text, and the rest, which loads with the
 * screens that read it. Pure, so the split is tested as it ships.
 */
import type { ScriptSummary, Vocabulary } from '../script/types';
import type { CatalogEntry, ModuleAbout, ModuleDetails, TermLabels } from './types';

/** A module's summary cut into the home page's entry, its "About" text and the details other screens read. */
export function splitSummary(s: ScriptSummary): { entry: CatalogEntry; about: ModuleAbout; details: ModuleDetails } {
  const { id, title, track, seat, minutes, endings, competencies, challenges, rules, summary, contentNotes, ...details } = s;
  return { entry: { id, title, track, seat, minutes, endings, competencies, challenges, rules }, about: { summary, contentNotes }, details };
}

/** The labels of the vocabulary kinds a module lists (no descriptions, no ending kinds). */
export function termLabels(v: Vocabulary): TermLabels {
  const labels = (terms: readonly { id: string; label: string }[]) => terms.map(({ id, label }) => ({ id, label }));
  return { competencies: labels(v.competencies), rules: labels(v.rules), challenges: labels(v.challenges) };
}
