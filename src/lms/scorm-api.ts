/**
 * Finding the LMS's SCORM API (1.2 or 2004) and talking to it safely. This is the small typed
 * adapter the research recommended over a one-release wrapper package (reference A4).
 *
 * Discovery follows the run-time rules both versions share: look for the API object (`API` for
 * 1.2, `API_1484_11` for 2004) on the window's parents (at most MAX_DEPTH levels up), then on the
 * opener and the opener's parents (LMSs that launch SCOs in a pop-up). Only a same-origin window
 * exposes its properties; reading the API on any other throws a SecurityError, which is caught and
 * treated as "not here", so a package served from a foreign origin simply plays without an LMS.
 *
 * The connection never throws into the app: every call is guarded, a failed call is remembered
 * (with the LMS's error code) for diagnostics, and no call is made after LMSFinish/Terminate,
 * which both APIs forbid. It speaks the neutral `ScormCalls`; `scorm12Calls` and `scorm2004Calls`
 * adapt each version's method names.
 */
import type { Scorm12Api, Scorm2004Api, ScormCalls, ScormVersion, WindowLike } from './types';

/** How many parent levels discovery climbs (ADL's own sample uses 7; we allow a little more). */
export const MAX_DEPTH = 10;

/** Where each version's API lives on a window, and the methods that make an object that API. */
const API_SHAPES = {
  '1.2': { property: 'API', methods: ['LMSInitialize', 'LMSSetValue'] },
  '2004': { property: 'API_1484_11', methods: ['Initialize', 'SetValue'] },
} as const satisfies Record<ScormVersion, { property: keyof WindowLike; methods: readonly string[] }>;

/** The API of each version, by version. */
type ApiOf<V extends ScormVersion> = V extends '1.2' ? Scorm12Api : Scorm2004Api;

function apiOn<V extends ScormVersion>(win: WindowLike, version: V): ApiOf<V> | undefined {
  const shape = API_SHAPES[version];
  try {
    const api = win[shape.property] as Record<string, unknown> | null | undefined;
    return api && shape.methods.every((m) => typeof api[m] === 'function') ? (api as unknown as ApiOf<V>) : undefined;
  } catch {
    return undefined; // cross-origin window
  }
}

function parentOf(win: WindowLike): WindowLike | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function openerOf(win: WindowLike): WindowLike | null {
  try {
    return win.opener ?? null;
  } catch {
    return null;
  }
}

/** Search `start` and up to `maxDepth` of its parents. */
function searchChain<V extends ScormVersion>(start: WindowLike | null, version: V, maxDepth: number): ApiOf<V> | undefined {
  let win = start;
  for (let level = 0; win && level <= maxDepth; level++) {
    const api = apiOn(win, version);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

/** The top of a window's parent chain (bounded). */
function topOf(win: WindowLike, maxDepth: number): WindowLike {
  let top = win;
  for (let level = 0; level < maxDepth; level++) {
    const p = parentOf(top);
    if (!p) break;
    top = p;
  }
  return top;
}

/** The SCORM API of `version` (1.2 by default) visible from `win`, or undefined when there is no LMS (or only a foreign one). */
export function findScormApi<V extends ScormVersion = '1.2'>(win: WindowLike, version: V = '1.2' as V, maxDepth = MAX_DEPTH): ApiOf<V> | undefined {
  return (
    searchChain(win, version, maxDepth) ??
    searchChain(openerOf(win), version, maxDepth) ??
    searchChain(openerOf(topOf(win, maxDepth)), version, maxDepth)
  );
}

/** The neutral calls of a SCORM 1.2 API. */
export function scorm12Calls(api: Scorm12Api): ScormCalls {
  return {
    initialize: () => api.LMSInitialize(''),
    terminate: () => api.LMSFinish(''),
    getValue: (element) => api.LMSGetValue(element),
    setValue: (element, value) => api.LMSSetValue(element, value),
    commit: () => api.LMSCommit(''),
    lastError: () => api.LMSGetLastError(),
  };
}

/** The neutral calls of a SCORM 2004 API. */
export function scorm2004Calls(api: Scorm2004Api): ScormCalls {
  return {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    getValue: (element) => api.GetValue(element),
    setValue: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
  };
}

/** The neutral calls of the SCORM API of `version` visible from `win`, if there is one. */
export function findScormCalls(win: WindowLike, version: ScormVersion): ScormCalls | undefined {
  if (version === '2004') {
    const api = findScormApi(win, '2004');
    return api && scorm2004Calls(api);
  }
  const api = findScormApi(win, '1.2');
  return api && scorm12Calls(api);
}

/** A guarded session with the LMS (either version, through its neutral calls). */
export class ScormConnection {
  readonly #api: ScormCalls;
  #state: 'new' | 'open' | 'finished' = 'new';
  /** The last failed call (by its neutral name), for diagnostics. */
  lastFailure: { call: string; code: string } | null = null;

  constructor(api: ScormCalls) {
    this.#api = api;
  }

  /** True between a successful initialize and terminate. */
  get open(): boolean {
    return this.#state === 'open';
  }

  #call(name: string, fn: () => string): string | undefined {
    try {
      return fn();
    } catch {
      this.lastFailure = { call: name, code: 'exception' };
      return undefined;
    }
  }

  #ok(name: string, result: string | undefined): boolean {
    if (String(result) === 'true') return true;
    if (result !== undefined) this.lastFailure = { call: name, code: this.#call('lastError', () => this.#api.lastError()) ?? '?' };
    return false;
  }

  /** LMSInitialize / Initialize (once). */
  initialize(): boolean {
    if (this.#state !== 'new') return this.open;
    const ok = this.#ok('initialize', this.#call('initialize', () => this.#api.initialize()));
    if (ok) this.#state = 'open';
    return ok;
  }

  /** LMSGetValue / GetValue; "" when closed or on error. */
  get(element: string): string {
    if (!this.open) return '';
    return String(this.#call(`getValue ${element}`, () => this.#api.getValue(element)) ?? '');
  }

  /** LMSSetValue / SetValue; false when closed or rejected. */
  set(element: string, value: string): boolean {
    if (!this.open) return false;
    return this.#ok(`setValue ${element}`, this.#call(`setValue ${element}`, () => this.#api.setValue(element, value)));
  }

  /** LMSCommit / Commit; false when closed or rejected. */
  commit(): boolean {
    if (!this.open) return false;
    return this.#ok('commit', this.#call('commit', () => this.#api.commit()));
  }

  /** LMSFinish / Terminate (once); nothing may be called afterwards. */
  finish(): boolean {
    if (!this.open) return false;
    this.#state = 'finished';
    return this.#ok('terminate', this.#call('terminate', () => this.#api.terminate()));
  }
}
