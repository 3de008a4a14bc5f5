/**
 * The page's reporting state (`reporting.ts`), reactive so the footer and the notices follow it.
 * Set only by `lms-hooks.ts`: `starting` when a valid package is launched, then `recording`,
 * `browsing` or `not-recorded` once its runtime has started or failed to.
 */
import type { LmsReporting } from './reporting';

export class LmsReportingState {
  /** What this page reports to a learning system now. */
  state = $state<LmsReporting>('device');
}

/** The page's one reporting state. */
export const lmsReporting = new LmsReportingState();
