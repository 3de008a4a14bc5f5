/**
 * The AU's resume document, kept in the LRS as xAPI state (per learner, AU and registration,
 * stateId `https://balint-rehearsal.invalid/xapi/state/progress`), so a learner who comes back
 * through the LMS, on any device, continues the same attempt. It holds the choice log in the
 * SCORM suspend format (module, script hash, choice ids; see `scorm-suspend.ts`, with cmi5's
 * room instead of SCORM 1.2's 4,096 characters), whether `completed` was already sent in this
 * registration (cmi5 allows it once) and the participation points already reported.
 * Versioned and checked when read; a document that is not exactly this is treated as absent.
 */
import * as v from 'valibot';
import { decodeSuspend, encodeSuspend } from '../scorm-suspend';
import type { SuspendState } from '../types';
import { PROGRESS_DOC_VERSION, type ProgressDoc } from './types';

/** Longest choice log kept (characters); far beyond any module. */
export const PROGRESS_LIMIT = 64_000;

const DocSchema = v.strictObject({
  format: v.literal('balint-rehearsal-cmi5-progress'),
  v: v.literal(PROGRESS_DOC_VERSION),
  suspend: v.pipe(v.string(), v.maxLength(PROGRESS_LIMIT)),
  completed: v.boolean(),
  points: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
});

/** A new document. */
export function progressDoc(state: SuspendState | undefined, completed: boolean, points: number): ProgressDoc {
  return { format: 'balint-rehearsal-cmi5-progress', v: PROGRESS_DOC_VERSION, suspend: state ? encodeSuspend(state, PROGRESS_LIMIT).data : '', completed, points };
}

/** The document in parsed JSON, or undefined when it is not one of this version. */
export function readProgressDoc(json: unknown): ProgressDoc | undefined {
  const r = v.safeParse(DocSchema, json);
  return r.success ? r.output : undefined;
}

/** The choice log a document holds, if it holds a readable one. */
export function suspendStateOf(doc: ProgressDoc | undefined): SuspendState | undefined {
  if (!doc?.suspend) return undefined;
  const d = decodeSuspend(doc.suspend, PROGRESS_LIMIT);
  return d.ok ? d.state : undefined;
}
