/**
 * API discovery over fake window chains (parents, depth limit, cross-origin windows that throw,
 * openers) and the guarded connection (no calls outside Initialize…Finish, failures remembered).
 */
import { describe, expect, it, vi } from 'vitest';
import { findScormApi, MAX_DEPTH, scorm12Calls, scorm2004Calls, ScormConnection } from '../../../src/lms/scorm-api';
import type { Scorm12Api, Scorm2004Api, WindowLike } from '../../../src/lms/types';

function fakeApi(overrides: Partial<Scorm12Api> = {}): Scorm12Api {
  return {
    LMSInitialize: vi.fn(() => 'true'),
    LMSFinish: vi.fn(() => 'true'),
    LMSGetValue: vi.fn(() => ''),
    LMSSetValue: vi.fn(() => 'true'),
    LMSCommit: vi.fn(() => 'true'),
    LMSGetLastError: vi.fn(() => '0'),
    LMSGetErrorString: vi.fn(() => ''),
    LMSGetDiagnostic: vi.fn(() => ''),
    ...overrides,
  };
}

function fake2004(overrides: Partial<Scorm2004Api> = {}): Scorm2004Api {
  return {
    Initialize: vi.fn(() => 'true'),
    Terminate: vi.fn(() => 'true'),
    GetValue: vi.fn(() => ''),
    SetValue: vi.fn(() => 'true'),
    Commit: vi.fn(() => 'true'),
    GetLastError: vi.fn(() => '0'),
    GetErrorString: vi.fn(() => ''),
    GetDiagnostic: vi.fn(() => ''),
    ...overrides,
  };
}

type FakeWin = { parent: FakeWin | null; opener?: FakeWin | null; API?: unknown; API_1484_11?: unknown };
/** A chain of `levels` windows above the SCO's; the top one is its own parent, as in browsers. */
function chain(levels: number, api?: { at: number; value: unknown; crossOrigin?: number[] }): FakeWin[] {
  const wins: FakeWin[] = [];
  for (let i = 0; i <= levels; i++) wins.push({ parent: null });
  wins.forEach((w, i) => {
    w.parent = wins[i + 1] ?? w;
    if (api?.crossOrigin?.includes(i)) Object.defineProperty(w, 'API', { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    else if (api?.at === i) w.API = api.value;
  });
  return wins;
}

describe('API discovery', () => {
  it('finds the API on the window itself or any parent', () => {
    const api = fakeApi();
    expect(findScormApi(chain(0, { at: 0, value: api })[0] as WindowLike)).toBe(api);
    expect(findScormApi(chain(3, { at: 3, value: api })[0] as WindowLike)).toBe(api);
  });

  it(`climbs at most ${MAX_DEPTH} levels`, () => {
    const api = fakeApi();
    expect(findScormApi(chain(MAX_DEPTH, { at: MAX_DEPTH, value: api })[0] as WindowLike)).toBe(api);
    expect(findScormApi(chain(MAX_DEPTH + 1, { at: MAX_DEPTH + 1, value: api })[0] as WindowLike)).toBeUndefined();
  });

  it('skips cross-origin windows instead of failing, and keeps climbing', () => {
    const api = fakeApi();
    expect(findScormApi(chain(3, { at: 3, value: api, crossOrigin: [1, 2] })[0] as WindowLike)).toBe(api);
    expect(findScormApi(chain(2, { at: -1, value: api, crossOrigin: [0, 1, 2] })[0] as WindowLike)).toBeUndefined();
  });

  it('looks at the opener (and its parents) when no parent has it', () => {
    const api = fakeApi();
    const lms = chain(1, { at: 1, value: api });
    const popup = chain(0)[0]!;
    popup.opener = lms[0];
    expect(findScormApi(popup as WindowLike)).toBe(api);
    const framed = chain(2);
    framed[2]!.opener = lms[0]; // the pop-up's top window was opened by the LMS
    expect(findScormApi(framed[0] as WindowLike)).toBe(api);
  });

  it('ignores things called API that are not a SCORM 1.2 API', () => {
    expect(findScormApi(chain(1, { at: 1, value: { Initialize: () => 'true' } })[0] as WindowLike)).toBeUndefined();
    expect(findScormApi(chain(1, { at: 1, value: 'API' })[0] as WindowLike)).toBeUndefined();
  });

  it('finds nothing in a plain browser window', () => {
    expect(findScormApi(window as unknown as WindowLike)).toBeUndefined();
    expect(findScormApi(window as unknown as WindowLike, '2004')).toBeUndefined();
  });

  it('finds the SCORM 2004 API as API_1484_11, and never takes one version\'s API for the other', () => {
    const api12 = fakeApi();
    const api2004 = fake2004();
    const wins = chain(2);
    wins[1]!.API = api12;
    wins[2]!.API_1484_11 = api2004;
    expect(findScormApi(wins[0] as WindowLike, '2004')).toBe(api2004);
    expect(findScormApi(wins[0] as WindowLike, '1.2')).toBe(api12);
    const only12 = chain(1, { at: 1, value: api12 });
    expect(findScormApi(only12[0] as WindowLike, '2004')).toBeUndefined();
    const misplaced = chain(1);
    misplaced[1]!.API_1484_11 = api12; // a 1.2 API under the 2004 name is not a 2004 API
    expect(findScormApi(misplaced[0] as WindowLike, '2004')).toBeUndefined();
  });
});

describe('connection', () => {
  it('initializes once and makes no call before or after the session', () => {
    const api = fakeApi();
    const c = new ScormConnection(scorm12Calls(api));
    expect(c.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(api.LMSSetValue).not.toHaveBeenCalled();
    expect(c.initialize()).toBe(true);
    expect(c.initialize()).toBe(true);
    expect(api.LMSInitialize).toHaveBeenCalledTimes(1);
    expect(c.finish()).toBe(true);
    expect(c.finish()).toBe(false);
    expect(c.commit()).toBe(false);
    expect(c.get('cmi.suspend_data')).toBe('');
    expect(api.LMSFinish).toHaveBeenCalledTimes(1);
    expect(api.LMSCommit).not.toHaveBeenCalled();
  });

  it('remembers a rejected call with the LMS error code, and survives a throwing LMS', () => {
    const c = new ScormConnection(scorm12Calls(fakeApi({ LMSSetValue: () => 'false', LMSGetLastError: () => '405', LMSCommit: () => { throw new Error('boom'); } })));
    c.initialize();
    expect(c.set('cmi.core.lesson_status', 'nonsense')).toBe(false);
    expect(c.lastFailure).toEqual({ call: 'setValue cmi.core.lesson_status', code: '405' });
    expect(c.commit()).toBe(false);
    expect(c.lastFailure).toEqual({ call: 'commit', code: 'exception' });
  });

  it('accepts a boolean true as some LMSs return, and a failed initialize leaves it closed', () => {
    const ok = new ScormConnection(scorm12Calls(fakeApi({ LMSInitialize: () => true as unknown as string })));
    expect(ok.initialize()).toBe(true);
    const no = new ScormConnection(scorm12Calls(fakeApi({ LMSInitialize: () => 'false', LMSGetLastError: () => '101' })));
    expect(no.initialize()).toBe(false);
    expect(no.open).toBe(false);
  });

  it('speaks SCORM 2004 through the same connection: Initialize, SetValue, Commit, Terminate, and nothing after', () => {
    const api = fake2004({ SetValue: vi.fn((el: string) => (el === 'cmi.bad' ? 'false' : 'true')), GetLastError: () => '401' });
    const c = new ScormConnection(scorm2004Calls(api));
    expect(c.initialize()).toBe(true);
    expect(c.set('cmi.completion_status', 'incomplete')).toBe(true);
    expect(api.SetValue).toHaveBeenCalledWith('cmi.completion_status', 'incomplete');
    expect(c.set('cmi.bad', 'x')).toBe(false);
    expect(c.lastFailure).toEqual({ call: 'setValue cmi.bad', code: '401' });
    expect(c.commit()).toBe(true);
    expect(c.finish()).toBe(true);
    expect(c.set('cmi.exit', 'suspend')).toBe(false);
    expect(api.Initialize).toHaveBeenCalledWith('');
    expect(api.Commit).toHaveBeenCalledTimes(1);
    expect(api.Terminate).toHaveBeenCalledTimes(1);
  });
});
