/**
 * The reader's language, chosen once from the browser's preferences among the languages the
 * catalogue has, and the locale its dates and numbers use. Nothing runs when this module loads
 * (the choice is made on first use), so each area of the catalogue (`src/i18n/<area>.ts`) can call
 * `pick` at load time and still travel only with the screens that use it.
 */

/** Every language the catalogue has, by tag, with the locale its dates and numbers use. */
const LANGUAGES: Record<string, string> = { en: 'en-GB' };

let chosen: string | undefined;

/** The catalogue's language for the reader's preferred languages (English when none matches). */
export function readerLanguage(): string {
  if (chosen) return chosen;
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const hit = lower in LANGUAGES ? lower : lower.split('-')[0]!;
    if (hit in LANGUAGES) return (chosen = hit);
  }
  return (chosen = 'en');
}

/** The locale dates and numbers are written in. */
export function readerLocale(): string {
  return LANGUAGES[readerLanguage()]!;
}

/** One area's messages in the reader's language (English when that area has no translation). */
export function pick<T>(byLanguage: { en: T } & Record<string, T>): T {
  return byLanguage[readerLanguage()] ?? byLanguage.en;
}
