/** Types of the virtual modules produced at build time by `src/tools/catalog-plugin.ts`. */
declare module 'virtual:balint/catalog' {
  import type { Script, ScriptSummary, Vocabulary } from '../script/types';
  /** Controlled vocabularies. */
  export const vocabulary: Vocabulary;
  /** One summary per built-in module, in catalogue order. */
  export const summaries: ScriptSummary[];
  /** Lazy loaders of the compiled scripts, by module id. */
  export const loaders: Record<string, () => Promise<Script>>;
}
