/** Reading a cmi5 launch: the query parameters, LMS.LaunchData, the learner preferences and the return URL. */
import { describe, expect, it } from 'vitest';
import { readLaunchData, readLaunchParams, readPreferences, safeReturnUrl, tracksCompletion } from '../../../src/lms/cmi5/launch-params';
import { LAUNCH_DATA, launchSearch, PARAMS } from './cmi5-launch-fixture';

describe('launch parameters', () => {
  it('reads the five parameters the LMS appends to the AU URL', () => {
    expect(readLaunchParams(launchSearch())).toEqual({ kind: 'launch', params: PARAMS });
  });

  it('is not a cmi5 launch without any of them (the package plays with local progress)', () => {
    expect(readLaunchParams('?module=first-group')).toEqual({ kind: 'none' });
  });

  it('refuses a launch with a parameter missing or malformed', () => {
    const without = new URLSearchParams(launchSearch());
    without.delete('fetch');
    expect(readLaunchParams(`?${without}`)).toEqual({ kind: 'invalid', problem: { code: 'missing', params: ['fetch'] } });
    expect(readLaunchParams(launchSearch({ actor: '{not json' }))).toEqual({ kind: 'invalid', problem: { code: 'actor-not-json' } });
    expect(readLaunchParams(launchSearch({ registration: 'not-a-uuid' }))).toEqual({ kind: 'invalid', problem: { code: 'malformed', param: 'registration' } });
    expect(readLaunchParams(launchSearch({ endpoint: 'javascript:alert(1)' })).kind).toBe('invalid');
    expect(readLaunchParams(launchSearch({ actor: JSON.stringify({ account: { homePage: 'h', name: 'n' }, mbox: 'mailto:a@b.c' }) })).kind).toBe('invalid');
  });
});

describe('LMS.LaunchData', () => {
  it('keeps the context template exactly and reads launch mode, returnURL, moveOn and masteryScore', () => {
    expect(readLaunchData({ ...structuredClone(LAUNCH_DATA), masteryScore: 0.8, entitlementKey: { courseStructure: 'x' } })).toEqual({ ...LAUNCH_DATA, masteryScore: 0.8 });
  });

  it('reads values an LMS writes as null as absent', () => {
    const { returnURL: _, ...rest } = LAUNCH_DATA;
    expect(readLaunchData({ ...structuredClone(LAUNCH_DATA), returnURL: null, masteryScore: null, launchParameters: null })).toEqual(rest);
  });

  it('is refused without a context template or with an unknown launch mode', () => {
    expect(readLaunchData({ launchMode: 'Normal' })).toBeUndefined();
    expect(readLaunchData({ ...LAUNCH_DATA, launchMode: 'Exam' })).toBeUndefined();
  });

  it('records completion only in Normal mode (Browse and Review must not)', () => {
    expect((['Normal', 'Browse', 'Review'] as const).map(tracksCompletion)).toEqual([true, false, false]);
  });
});

describe('learner preferences and return URL', () => {
  it('reads the preferences, ignoring values the profile does not allow', () => {
    expect(readPreferences({ languagePreference: 'en-GB,fr', audioPreference: 'off' })).toEqual({ languagePreference: 'en-GB,fr', audioPreference: 'off' });
    expect(readPreferences({ languagePreference: 'en GB', audioPreference: 'loud' })).toEqual({});
    expect(readPreferences(null)).toEqual({});
  });

  it('goes back only to a web address', () => {
    expect(safeReturnUrl('https://lms.example/course/7', 'https://lms.example/lrs')).toBe('https://lms.example/course/7');
    expect(safeReturnUrl('/course/7', 'https://lms.example/lrs')).toBe('https://lms.example/course/7');
    expect(safeReturnUrl('javascript:alert(1)', 'https://lms.example/lrs')).toBeUndefined();
    expect(safeReturnUrl(undefined, 'https://lms.example/lrs')).toBeUndefined();
  });
});
