/** Dates and numbers in the catalogue's language, through `Intl` only (English: en-GB). */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from '../../../src/i18n/format';
import { m } from '../../../src/i18n/messages';

describe('formats', () => {
  it('give a date, a date with its time in two lengths, and grouped numbers', () => {
    const at = new Date(2026, 11, 6, 14, 5);
    expect(formatDate(at, 'short')).toBe('6 Dec 2026');
    expect(formatDateTime(at, 'short')).toBe('6 Dec 2026, 14:05');
    expect(formatDateTime(at)).toBe('6 December 2026 at 14:05');
    expect(formatNumber(12500)).toBe('12,500');
  });

  it('choose the plural form of a count inside a message', () => {
    expect(m.libraryLink.count(1)).toBe('1 case file on this device.');
    expect(m.libraryLink.count(2)).toBe('2 case files on this device.');
    expect(m.endings.amongAlone(1)).toBe('One of 1 ending of this module');
  });
});
