/**
 * What this page reports to a learning system, as a code the views turn into words: the privacy
 * line in the footer, the notice on a package's module introduction, and the warning when a
 * package's session is not being recorded.
 */
import type { LmsRuntime } from './types';

/**
 * - `device`: not a package; nothing leaves the device unless the learner exports it.
 * - `starting`: a package whose connection to the LMS is being made.
 * - `recording`: a package connected to its LMS; progress and each choice are sent.
 * - `browsing`: a cmi5 launch in Browse or Review mode; the LMS records only that it was opened.
 * - `not-recorded`: a package that could not connect (no LMS API, a failed cmi5 launch, a relaunch
 *   of a session that has ended): it plays on, and nothing is sent.
 */
export type LmsReporting = 'device' | 'starting' | 'recording' | 'browsing' | 'not-recorded';

/** The privacy line a context calls for (the footer's words are chosen by this code). */
export type PrivacyLine = 'device' | 'lms' | 'lmsBrowsing' | 'notRecorded';

/** The state once a package's runtime has started, or failed to (undefined). */
export function reportingOf(runtime: Pick<LmsRuntime, 'tracking'> | undefined): LmsReporting {
  if (!runtime) return 'not-recorded';
  return runtime.tracking === false ? 'browsing' : 'recording';
}

/** Which privacy line is true in this state (while connecting, what the package is made to do). */
export function privacyLineOf(state: LmsReporting): PrivacyLine {
  switch (state) {
    case 'device':
      return 'device';
    case 'starting':
    case 'recording':
      return 'lms';
    case 'browsing':
      return 'lmsBrowsing';
    case 'not-recorded':
      return 'notRecorded';
  }
}
