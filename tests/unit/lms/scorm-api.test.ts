/**
 * API discovery over fake window chains (parents, depth limit, cross-origin windows that throw,
 * openers) and the guarded connection (no calls outside Initialize…Finish, failures remembered).
 */
import { describe, expect, it, vi } from 'vitest';
import { findScormApi, MAX_DEPTH, ScormConnection } from '../../../src/lms/scorm-api';
import type { Scorm12Api, WindowLike } from '../../../src/lms/types';

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

type FakeWin = { parent: FakeWin | null; opener?: FakeWin | null; API?: unknown };
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
  });
});

describe('connection', () => {
  it('initializes once and makes no call before or after the session', () => {
    const api = fakeApi();
    const c = new ScormConnection(api);
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
    const c = new ScormConnection(fakeApi({ LMSSetValue: () => 'false', LMSGetLastError: () => '405', LMSCommit: () => { throw new Error('boom'); } }));
    c.initialize();
    expect(c.set('cmi.core.lesson_status', 'nonsense')).toBe(false);
    expect(c.lastFailure).toEqual({ call: 'LMSSetValue cmi.core.lesson_status', code: '405' });
    expect(c.commit()).toBe(false);
    expect(c.lastFailure).toEqual({ call: 'LMSCommit', code: 'exception' });
  });

  it('accepts a boolean true as some LMSs return, and a failed initialize leaves it closed', () => {
    const ok = new ScormConnection(fakeApi({ LMSInitialize: () => true as unknown as string }));
    expect(ok.initialize()).toBe(true);
    const no = new ScormConnection(fakeApi({ LMSInitialize: () => 'false', LMSGetLastError: () => '101' }));
    expect(no.initialize()).toBe(false);
    expect(no.open).toBe(false);
  });
});
