/**
 * Dates, numbers and plurals in the reader's language, through `Intl` only. The language is the
 * catalogue's (`language.ts`), so a second catalogue brings its own formats with no code change.
 */
import { readerLocale } from './language';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>(key: string, make: (locale: string) => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make(readerLocale())));
  return f;
}

/** A calendar date ("6 December 2026"); `short` gives "6 Dec 2026". */
export function formatDate(iso: string | Date, style: 'long' | 'short' = 'long'): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  return cached(`date-${style}`, (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, year: 'numeric' })).format(d);
}

/** A date with its time ("6 December 2026 at 14:05"); `short` gives "6 Dec 2026, 14:05". */
export function formatDateTime(iso: string | Date, style: 'long' | 'short' = 'long'): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  const dateStyle = style === 'long' ? 'long' : 'medium';
  return cached(`datetime-${style}`, (locale) => new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short' })).format(d);
}

/** A calendar day written YYYY-MM-DD ("25 November 2026"), read as that day wherever the reader is (no time-zone shift). */
export function formatDay(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  if (Number.isNaN(day.getTime())) return '';
  return cached('day', (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(day);
}

/** A duration in whole minutes as the language writes it ("12 min", "1 hr, 5 min"). */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const unit = (n: number, u: 'hour' | 'minute') => cached(`unit-${u}`, (locale) => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' })).format(n);
  return h ? formatList([unit(h, 'hour'), unit(minutes % 60, 'minute')], 'unit') : unit(minutes, 'minute');
}

/** A whole number with the language's grouping ("12,500"). */
export function formatNumber(n: number): string {
  return cached('int', (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(n);
}

/** Pick the plural form for `n` ("one", "other", and in other languages "few", "many"…). */
export function plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const rule = cached('plural', (locale) => new Intl.PluralRules(locale)).select(n);
  return (forms[rule] ?? forms.other).replace('#', formatNumber(n));
}

/** Items joined as the language joins a list ("a, b and c"); `unit` joins measures ("1 hr, 5 min"). */
export function formatList(items: readonly string[], type: 'conjunction' | 'unit' = 'conjunction'): string {
  return cached(`list-${type}`, (locale) => new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'narrow' : 'long' })).format(items);
}
