/**
 * The message catalogue: every word a person reads in the app's screens comes from `m`. English
 * is the only catalogue today. A second language is one more folder beside `en/` whose areas
 * `satisfies` English's, registered in `language.ts` and in each area's `pick` (`areas/<area>.ts`):
 * no code outside `src/i18n` changes. Messages are strings, or functions of their data for anything
 * that varies (counts go through `plural`, dates through `formatDate`), so the compiler checks every use.
 *
 * `m` is a module namespace, not an object: `m.<area>.<key>` resolves at build time to that area's
 * module, so a screen loads only the areas it uses (home does not carry the instructor's words).
 * Use it only as `m.<area>…`; passing `m` itself around would bring every area along.
 */
import type { en } from './en';

export * as m from './areas';

/** The shape every catalogue has: English's. */
export type Messages = typeof en;

/** Names the areas of `en/index.ts` that `areas/index.ts` does not list (a type error until it does). */
type Unlisted = Exclude<keyof Messages, keyof typeof import('./areas')>;
export const everyAreaListed: [Unlisted] extends [never] ? true : `add to areas/index.ts: ${Unlisted}` = true;
