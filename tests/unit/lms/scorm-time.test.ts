/** Times and durations in each SCORM version's own form. */
import { describe, expect, it } from 'vitest';
import { clockTime, formatSessionTime, isoDuration, isoTimestamp } from '../../../src/lms/scorm-time';

describe('session time (SCORM 1.2 CMITimespan, HHHH:MM:SS.SS)', () => {
  it.each([
    [0, '0000:00:00.00'],
    [10, '0000:00:00.01'],
    [1_234, '0000:00:01.23'],
    [59_999, '0000:01:00.00'],
    [61_005, '0000:01:01.01'],
    [3_600_000, '0001:00:00.00'],
    [(27 * 3600 + 5 * 60 + 9) * 1000 + 990, '0027:05:09.99'],
    [-5, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
    [1e13, '9999:59:59.99'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatSessionTime(ms)).toBe(text);
    expect(text).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  });
});

describe('duration (SCORM 2004 timeinterval, ISO 8601)', () => {
  it.each([
    [0, 'PT0H0M0S'],
    [1_234, 'PT0H0M1.23S'],
    [83_450, 'PT0H1M23.45S'],
    [59_999, 'PT0H1M0S'],
    [(27 * 3600 + 5 * 60 + 9) * 1000 + 990, 'PT27H5M9.99S'],
    [-5, 'PT0H0M0S'],
    [Number.NaN, 'PT0H0M0S'],
  ])('%d ms → %s', (ms, text) => {
    expect(isoDuration(ms)).toBe(text);
    expect(text).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
  });
});

describe('moments', () => {
  it('SCORM 2004: UTC with hundredths before the zone, as the RTE grammar requires', () => {
    expect(isoTimestamp(new Date('2026-11-25T09:05:03.456Z'))).toBe('2026-11-25T09:05:03.45Z');
    expect(isoTimestamp(new Date('2026-11-25T09:05:03Z'))).toBe('2026-11-25T09:05:03.00Z');
  });

  it('SCORM 1.2: the clock time on the learner\'s clock, HH:MM:SS', () => {
    const at = new Date(2026, 10, 25, 7, 4, 9, 870);
    expect(clockTime(at)).toBe('07:04:09');
  });
});
