/**
 * The built-in catalogue, compiled at build time (see `src/tools/catalog-plugin.ts`). Summaries and
 * the vocabulary are small and load with the home page; each full script loads in its own chunk
 * when its module is opened.
 */
import * as built from 'virtual:balint/catalog';
import type { Script, ScriptSummary, Vocabulary } from '../script/types';

/** The controlled vocabularies. */
export const vocabulary = built.vocabulary as Vocabulary;
/** Built-in modules, in catalogue order. */
export const summaries = built.summaries as ScriptSummary[];
const loaders = built.loaders as Record<string, () => Promise<Script>>;

/** A module's summary by id. */
export function summaryOf(id: string): ScriptSummary | undefined {
  return summaries.find((s) => s.id === id);
}

/** Load a module's full script, or undefined for an unknown id. */
export async function loadScript(id: string): Promise<Script | undefined> {
  const load = Object.prototype.hasOwnProperty.call(loaders, id) ? loaders[id] : undefined;
  return load ? load() : undefined;
}

/** Human label of a vocabulary term. */
export function label(kind: keyof Vocabulary, id: string): string {
  return vocabulary[kind].find((t) => t.id === id)?.label ?? id;
}
