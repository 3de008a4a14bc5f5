/**
 * The built-in catalogue, compiled at build time (see `src/tools/catalog-plugin.ts`). What the home
 * page lists and filters by (an entry per module, the vocabulary's labels) is small and loads with
 * it; each module's "About" text loads when a learner first reaches for one
 * (`about-texts.svelte.ts`); the rest of each summary and the whole vocabulary load with the
 * screens that read them (`catalog-details.ts`); each full script loads in its own chunk when its
 * module is opened.
 *
 * Inside a SCORM package the same build carries only some modules' chunks, so `lms-hooks.ts`
 * narrows the catalogue to the package's course once, before the app mounts (`limitCatalog`);
 * `summaries` is a live binding, so every view sees the narrowed list without knowing why.
 */
import * as built from 'virtual:balint/catalog';
import type { Script } from '../script/types';
import type { CatalogEntry, ListedKind, TermLabels } from './types';

/** The labels of the vocabulary kinds a module lists (descriptions and ending kinds: `catalog-details.ts`). */
export const vocabulary = built.vocabulary as TermLabels;
const allSummaries = built.summaries as CatalogEntry[];
const allLoaders = built.loaders as Record<string, () => Promise<Script>>;
/** Built-in modules, in catalogue order (in a SCORM package: the package's, in course order). */
export let summaries: CatalogEntry[] = allSummaries;
let loaders: Record<string, () => Promise<Script>> = allLoaders;

/** A module's entry by id (the rest of its summary: `detailsOf` in `catalog-details.ts`). */
export function summaryOf(id: string): CatalogEntry | undefined {
  return summaries.find((s) => s.id === id);
}

/** Load a module's full script, or undefined for an unknown id. */
export async function loadScript(id: string): Promise<Script | undefined> {
  const load = Object.prototype.hasOwnProperty.call(loaders, id) ? loaders[id] : undefined;
  return load ? load() : undefined;
}

/**
 * Human label of a vocabulary term, or undefined for a term the vocabulary does not have (from a
 * receipt, backup or case file of another version): callers leave such a term out, never show its id.
 */
export function label(kind: ListedKind, id: string): string | undefined {
  return vocabulary[kind]?.find((t) => t.id === id)?.label;
}

/**
 * Narrow the catalogue to `ids`, in that order (ids it does not have are ignored), for a SCORM
 * package: call once, before the app mounts. "The same case from another chair" links then name
 * only modules in the package.
 */
export function limitCatalog(ids: readonly string[]): void {
  const keep = new Set(ids.filter((id) => allSummaries.some((s) => s.id === id)));
  const inPackage = (s: Script): Script => ({ ...s, related: s.related.filter((r) => keep.has(r)) });
  summaries = [...keep].map((id) => allSummaries.find((s) => s.id === id)!);
  loaders = Object.fromEntries([...keep].map((id) => [id, () => allLoaders[id]!().then(inPackage)]));
}
