/**
 * The text and time checks every stored or imported record shares: titles, names and file names
 * hold no control, direction-override or invisible characters (so a title cannot hide or reorder
 * what a person reads), and times are real calendar times in the one form the app writes
 * (`Date.prototype.toISOString`), so `2026-02-30T…` is refused rather than rolled over to March.
 * One definition, used by storage records, backups, receipts and case files alike.
 */
import * as v from 'valibot';
import type { CheckCode } from '../files/types';

/**
 * The codes the app's own schemas leave as an issue's message (`files/issue-facts.ts` reads
 * them; the limit is the issue's `requirement`).
 */
export const CHECK = {
  notTime: 'not-a-time',
  notRealTime: 'not-a-real-time',
  notText: 'not-text',
  tooShort: 'too-short',
  tooLong: 'too-long',
  unsafe: 'unsafe-characters',
  draftTooLarge: 'draft-too-large',
  caseFileTooLarge: 'case-file-too-large',
} as const satisfies Record<string, CheckCode>;

/** Control characters, bidirectional marks and overrides, and zero-width characters. */
export const UNSAFE_TEXT = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

/** True when `s` holds a character a title, name or date may not. */
export function hasUnsafeText(s: string): boolean {
  return UNSAFE_TEXT.test(s);
}

/** `s` with every unsafe character removed (for names the browser hands over, such as file names). */
export function withoutUnsafeText(s: string): string {
  return s.replace(new RegExp(UNSAFE_TEXT.source, 'gu'), '');
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/** True when `s` is a UTC time in ISO form that exists on the calendar (no 30 February, no 24:00). */
export function isCalendarTime(s: string): boolean {
  const m = ISO_TIME.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, se));
  return y >= 1970 && y <= 9999 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === se;
}

/** A real calendar time, as the app writes it. */
export const isoTime = v.pipe(v.string(CHECK.notTime), v.check(isCalendarTime, CHECK.notRealTime));

/** A single-line text of `min`–`max` characters with no unsafe characters. */
export function safeText(max: number, min = 1) {
  return v.pipe(
    v.string(CHECK.notText),
    v.minLength(min, CHECK.tooShort),
    v.maxLength(max, CHECK.tooLong),
    v.check((s) => !hasUnsafeText(s), CHECK.unsafe),
  );
}
