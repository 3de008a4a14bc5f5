/**
 * The virtual modules produced at build time by `src/tools/catalog-plugin.ts`. Ambient module
 * declarations cannot import relative types, so they are declared loosely here and given their
 * real types once, in `catalog.ts`, `catalog-details.ts` and `about-texts.svelte.ts`.
 */
declare module 'virtual:balint/catalog' {
  /** The labels of the vocabulary kinds a module lists. */
  export const vocabulary: unknown;
  /** One home-page entry per built-in module, in catalogue order. */
  export const summaries: unknown[];
  /** Lazy loaders of the compiled scripts, by module id. */
  export const loaders: Record<string, () => Promise<unknown>>;
}

declare module 'virtual:balint/catalog-details' {
  /** The controlled vocabularies, whole. */
  export const vocabulary: unknown;
  /** The rest of each built-in module's summary, by module id. */
  export const details: Record<string, unknown>;
}

declare module 'virtual:balint/ending-kinds' {
  /** Each ending kind's id and label, in vocabulary order. */
  export const endingKinds: unknown;
}

declare module 'virtual:balint/catalog-about' {
  /** Each built-in module's "About" text (summary and content notes), by module id. */
  export const about: Record<string, unknown>;
}
