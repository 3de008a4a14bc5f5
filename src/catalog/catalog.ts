/**
 * The built-in catalogue, compiled at build time (see `src/tools/catalog-plugin.ts`). Summaries and
 * the vocabulary are small and load with the home page; each full script loads in its own chunk
 * when its module is opened.
 *
 * Inside a SCORM package the same build carries only some modules' chunks, so `lms-hooks.ts`
 * narrows the catalogue to the package's course once, before the app mounts (`limitCatalog`);
 * `summaries` is a live binding, so every view sees the narrowed list without knowing why.
 */
import * as built from 'virtual:balint/catalog';
import type { Script, ScriptSummary, Vocabulary } from '../script/types';

/** The controlled vocabularies. */
export const vocabulary = built.vocabulary as Vocabulary;
const allSummaries = built.summaries as ScriptSummary[];
const allLoaders = built.loaders as Record<string, () => Promise<Script>>;
/** Built-in modules, in catalogue order (in a SCORM package: the package's, in course order). */
export let summaries: ScriptSummary[] = allSummaries;
let loaders: Record<string, () => Promise<Script>> = allLoaders;

/** A module's summary by id. */
export function summaryOf(id: string): ScriptSummary | undefined {
  return summaries.find((s) => s.id === id);
}

/** Load a module's full script, or undefined for an unknown id. */
export async function loadScript(id: string): Promise<Script | undefined> {
  const load = Object.prototype.hasOwnProperty.call(loaders, id) ? loaders[id] : undefined;
  return load ? load() : undefined;
}

/** Human label of a vocabulary term (the id itself for a term the vocabulary does not have). */
export function label(kind: keyof Vocabulary, id: string): string {
  return vocabulary[kind]?.find((t) => t.id === id)?.label ?? id;
}

/**
 * Narrow the catalogue to `ids`, in that order (ids it does not have are ignored), for a SCORM
 * package: call once, before the app mounts. "The same case from another chair" links then name
 * only modules in the package.
 */
export function limitCatalog(ids: readonly string[]): void {
  const keep = new Set(ids.filter((id) => allSummaries.some((s) => s.id === id)));
  const inPackage = <T extends { related: string[] }>(s: T): T => ({ ...s, related: s.related.filter((r) => keep.has(r)) });
  summaries = [...keep].map((id) => inPackage(allSummaries.find((s) => s.id === id)!));
  loaders = Object.fromEntries([...keep].map((id) => [id, () => allLoaders[id]!().then(inPackage)]));
}
