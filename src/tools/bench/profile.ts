/**
 * Where a step's and a resume's time goes, from the app's own User Timing marks (`balint:*`, see
 * `src/session/timing.ts`) and the probe's click, DOM and frame times, all in the page's clock:
 *
 * - a step: input (click → the player has the event), transition (→ next snapshot and record
 *   computed), save (→ saved and the new snapshot handed to the views), render (→ the transcript
 *   grew in the DOM) and paint (→ the end of the next frame); the save split into store (→ the
 *   repository's conditional save resolved, `balint:save:stored`: the new record's check, its one
 *   read-write transaction and the strict commit, with any wait for the page's main thread) and
 *   handover (→ other tabs told and the done event back in the player);
 * - a resume, as moments since navigation start: the HTML received, the app's code run
 *   (DOMContentLoaded), the module screen created, the script loaded, the engine's code loaded,
 *   storage open, the attempt read, the attempt restored and shown, and the whole transcript on
 *   screen.
 *
 * A build without the marks (an older one, measured for comparison) gives no phases, and the
 * report says so rather than inventing them.
 */
import { summarise, type Summary } from './stats';

/** Expression: the page's `balint:*` marks as name → time. */
export const READ_MARKS = `Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('balint:')).map((m) => [m.name, m.startTime]))`;

/** Expression: forget the page's `balint:*` marks (before a step). */
export const CLEAR_MARKS = `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('balint:')).forEach((m) => performance.clearMarks(m.name))`;

/** Expression: navigation timing as { responseEnd, domContentLoaded }. */
export const NAVIGATION = `(() => { const n = performance.getEntriesByType('navigation')[0]; return n ? { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd } : {}; })()`;

/** Marks by name (ms in the page's clock). */
export type Marks = Record<string, number>;

/** The phases of one step (ms), absent when the build has no marks. */
export interface StepPhases { input: number; transition: number; save: number; store?: number; handover?: number; render: number; paint: number }

/** Phases of a step from the probe's times and the marks. */
export function stepPhases(t: { t0: number; tDom: number; tFrame: number }, m: Marks): StepPhases | undefined {
  const event = m['balint:step:event'];
  const computed = m['balint:step:computed'];
  const saved = m['balint:step:saved'];
  if (event === undefined || computed === undefined || saved === undefined) return undefined;
  const stored = m['balint:save:stored'];
  const split = stored !== undefined && stored >= computed && stored <= saved ? { store: stored - computed, handover: saved - stored } : {};
  return { input: event - t.t0, transition: computed - event, save: saved - computed, ...split, render: t.tDom - saved, paint: t.tFrame - t.tDom };
}

/** Moments of a resume, ms since navigation start (each absent when not measured). */
export interface ResumeMoments {
  html?: number;
  appCode?: number;
  moduleScreen?: number;
  script?: number;
  engine?: number;
  storage?: number;
  attemptRead?: number;
  restored?: number;
  transcript: number;
}

/** Moments of one resume. */
export function resumeMoments(nav: { responseEnd?: number; domContentLoaded?: number }, m: Marks, transcript: number): ResumeMoments {
  return {
    html: nav.responseEnd,
    appCode: nav.domContentLoaded,
    moduleScreen: m['balint:open:module'],
    script: m['balint:open:script'],
    engine: m['balint:open:engine'],
    storage: m['balint:open:storage'],
    attemptRead: m['balint:open:attempt-read'],
    restored: m['balint:open:restored'],
    transcript,
  };
}

/** Summaries of each phase over several samples (phases never measured are left out). */
export function summariseEach<T extends object>(samples: readonly (T | undefined)[]): Partial<Record<keyof T, Summary>> {
  const out: Partial<Record<keyof T, Summary>> = {};
  const present = samples.filter((s): s is T => !!s);
  for (const key of Object.keys(present[0] ?? {}) as (keyof T)[]) {
    const xs = present.map((s) => s[key]).filter((x): x is T[keyof T] & number => typeof x === 'number');
    if (xs.length) out[key] = summarise(xs);
  }
  return out;
}
