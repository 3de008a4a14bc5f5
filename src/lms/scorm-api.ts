/**
 * Finding the LMS's SCORM 1.2 API and talking to it safely. This is the small typed adapter the
 * research recommended over a one-release wrapper package (reference A4).
 *
 * Discovery follows the SCORM 1.2 run-time rules: look for `API` on the window's parents (at most
 * MAX_DEPTH levels up), then on the opener and the opener's parents (LMSs that launch SCOs in a
 * pop-up). Only a same-origin window exposes its properties; reading `API` on any other throws a
 * SecurityError, which is caught and treated as "not here", so a package served from a foreign
 * origin simply plays without an LMS.
 *
 * The connection never throws into the app: every call is guarded, a failed call is remembered
 * (with the LMS's error code) for diagnostics, and no call is made after LMSFinish, which the
 * SCORM 1.2 API forbids.
 */
import type { Scorm12Api, WindowLike } from './types';

/** How many parent levels discovery climbs (ADL's own sample uses 7; we allow a little more). */
export const MAX_DEPTH = 10;

function apiOn(win: WindowLike): Scorm12Api | undefined {
  try {
    const api = win.API as Partial<Scorm12Api> | null | undefined;
    return api && typeof api.LMSInitialize === 'function' && typeof api.LMSSetValue === 'function' ? (api as Scorm12Api) : undefined;
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
function searchChain(start: WindowLike | null, maxDepth: number): Scorm12Api | undefined {
  let win = start;
  for (let level = 0; win && level <= maxDepth; level++) {
    const api = apiOn(win);
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

/** The SCORM 1.2 API visible from `win`, or undefined when there is no LMS (or only a foreign one). */
export function findScormApi(win: WindowLike, maxDepth = MAX_DEPTH): Scorm12Api | undefined {
  return (
    searchChain(win, maxDepth) ??
    searchChain(openerOf(win), maxDepth) ??
    searchChain(openerOf(topOf(win, maxDepth)), maxDepth)
  );
}

/** A guarded session with the LMS. */
export class ScormConnection {
  readonly #api: Scorm12Api;
  #state: 'new' | 'open' | 'finished' = 'new';
  /** The last failed call, for diagnostics. */
  lastFailure: { call: string; code: string } | null = null;

  constructor(api: Scorm12Api) {
    this.#api = api;
  }

  /** True between a successful LMSInitialize and LMSFinish. */
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
    if (result !== undefined) this.lastFailure = { call: name, code: this.#call('LMSGetLastError', () => this.#api.LMSGetLastError()) ?? '?' };
    return false;
  }

  /** LMSInitialize (once). */
  initialize(): boolean {
    if (this.#state !== 'new') return this.open;
    const ok = this.#ok('LMSInitialize', this.#call('LMSInitialize', () => this.#api.LMSInitialize('')));
    if (ok) this.#state = 'open';
    return ok;
  }

  /** LMSGetValue; "" when closed or on error. */
  get(element: string): string {
    if (!this.open) return '';
    return String(this.#call(`LMSGetValue ${element}`, () => this.#api.LMSGetValue(element)) ?? '');
  }

  /** LMSSetValue; false when closed or rejected. */
  set(element: string, value: string): boolean {
    if (!this.open) return false;
    return this.#ok(`LMSSetValue ${element}`, this.#call(`LMSSetValue ${element}`, () => this.#api.LMSSetValue(element, value)));
  }

  /** LMSCommit; false when closed or rejected. */
  commit(): boolean {
    if (!this.open) return false;
    return this.#ok('LMSCommit', this.#call('LMSCommit', () => this.#api.LMSCommit('')));
  }

  /** LMSFinish (once); nothing may be called afterwards. */
  finish(): boolean {
    if (!this.open) return false;
    this.#state = 'finished';
    return this.#ok('LMSFinish', this.#call('LMSFinish', () => this.#api.LMSFinish('')));
  }
}
