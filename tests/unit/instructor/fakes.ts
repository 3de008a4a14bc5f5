/** Test-data factories for the instructor features: override what a test needs. */
import { summaries } from '../../../src/catalog/catalog';
import type { Assignment } from '../../../src/assignments/types';
import { encodeBase64url } from '../../../src/assignments/base64url';

/** Two real built-in module ids. */
export const [M1, M2] = summaries.map((s) => s.id) as [string, string];

/** A valid assignment of two built-in modules. */
export function fakeAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    v: 1,
    title: 'Balint basics, week 1',
    cohort: 'GP trainees 2026',
    due: '2026-12-31',
    feedback: 'debrief',
    modules: [
      { id: M1, required: true },
      { id: M2, required: false },
    ],
    ...overrides,
  };
}

/** A payload of any JSON value, as a hostile link would carry it. */
export function payloadOfJson(value: unknown): string {
  return encodeBase64url(typeof value === 'string' ? value : JSON.stringify(value));
}
