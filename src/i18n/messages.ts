/**
 * The message catalogue: every word a person reads in the app's screens comes from `m`. English
 * is the only catalogue today. A second language is one more folder beside `en/` whose object
 * `satisfies Messages`, registered in `CATALOGUES` below: no code outside `src/i18n` changes.
 * Messages are strings, or functions of their data for anything that varies (counts go through
 * `plural`, dates through `formatDate`), so the compiler checks every use.
 */
import { en } from './en';
import { setFormatLocale } from './format';

/** The shape every catalogue has: English's. */
export type Messages = typeof en;

/** Every catalogue, by language tag, with the locale its dates and numbers use. */
const CATALOGUES: Record<string, { locale: string; messages: Messages }> = {
  en: { locale: 'en-GB', messages: en },
};

/** The catalogue for the reader's preferred languages (English when none matches). */
function pick(preferred: readonly string[]): { locale: string; messages: Messages } {
  for (const tag of preferred) {
    const hit = CATALOGUES[tag.toLowerCase()] ?? CATALOGUES[tag.toLowerCase().split('-')[0]!];
    if (hit) return hit;
  }
  return CATALOGUES.en!;
}

const chosen = pick(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
setFormatLocale(chosen.locale);

/** The messages in the reader's language. */
export const m: Messages = chosen.messages;
