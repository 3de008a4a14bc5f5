/**
 * The virtual module produced at build time by `src/tools/catalog-plugin.ts`. Ambient module
 * declarations cannot import relative types, so it is declared loosely here and given its real
 * types once, in `catalog.ts`.
 */
declare module 'virtual:balint/catalog' {
  /** Controlled vocabularies. */
  export const vocabulary: unknown;
  /** One summary per built-in module, in catalogue order. */
  export const summaries: unknown[];
  /** Lazy loaders of the compiled scripts, by module id. */
  export const loaders: Record<string, () => Promise<unknown>>;
}
