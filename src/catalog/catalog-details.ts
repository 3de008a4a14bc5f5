/**
 * The part of the built-in catalogue the home page does not show: the whole vocabulary (with
 * descriptions and ending kinds) and the rest of each module's summary (hash, ending titles,
 * setting, props …). Only screens that load lazily import this module, so it travels in a chunk of
 * its own, never with the first visit (see `src/tools/catalog-plugin.ts`).
 */
import * as built from 'virtual:balint/catalog-details';
import { summaryOf } from './catalog';
import type { Vocabulary } from '../script/types';
import type { CatalogEntry, ModuleDetails } from './types';

/** The controlled vocabularies, whole (what a script may name, with descriptions and ending kinds). */
export const vocabulary = built.vocabulary as Vocabulary;
const details = built.details as Record<string, ModuleDetails>;

/**
 * A built-in module's entry with its details (everything of its summary but the "About" text), or
 * undefined for a module not in the catalogue (in a SCORM package: not in the package). Its
 * related modules are those in the catalogue.
 */
export function detailsOf(id: string): (CatalogEntry & ModuleDetails) | undefined {
  const entry = summaryOf(id);
  const more = entry && Object.prototype.hasOwnProperty.call(details, id) ? details[id] : undefined;
  return entry && more ? { ...entry, ...more, related: more.related.filter((r) => !!summaryOf(r)) } : undefined;
}
