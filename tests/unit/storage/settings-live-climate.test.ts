/**
 * The live-climate setting joined the Settings record after records were written: a record
 * without it reads as the default (leader sessions only), a record with it keeps it, and a value
 * that is not one of the choices makes the record fail its check (the defaults are used).
 */
import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../src/storage/record-checks';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { showsLiveClimate } from '../../../src/views/room/live-climate';

describe('the live-climate setting', () => {
  it('reads an older record without it as the default, keeping the rest', () => {
    expect(checkSettings({ schema: 1, feedbackMode: 'debrief', pace: 'instant' })).toEqual({ schema: 1, feedbackMode: 'debrief', pace: 'instant', liveClimate: 'leader' });
  });
  it('keeps a value the learner chose', () => {
    expect(checkSettings({ ...DEFAULT_SETTINGS, liveClimate: 'all' }).liveClimate).toBe('all');
  });
  it('refuses a value that is not a choice', () => {
    expect(checkSettings({ ...DEFAULT_SETTINGS, feedbackMode: 'debrief', liveClimate: 'sometimes' })).toEqual(DEFAULT_SETTINGS);
  });
  it('shows the climate in leader sessions by default, never in member sessions unless chosen', () => {
    expect(showsLiveClimate('leader', 'leader')).toBe(true);
    expect(showsLiveClimate('leader', 'member')).toBe(false);
    expect(showsLiveClimate('all', 'member')).toBe(true);
    expect(showsLiveClimate('none', 'leader')).toBe(false);
  });
});
