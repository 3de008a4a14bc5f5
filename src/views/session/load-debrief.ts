/**
 * The debrief's code (its report, charts, reflection and next steps), loaded on demand: a session
 * opens without it, and the player fetches it once the session nears an ending
 * (`DEBRIEF_AHEAD_STEPS`), so the debrief shows at once when it comes, and offline too (the service
 * worker precaches every chunk). One load is shared; one that failed is tried again on the next call.
 */
import type DebriefView from '../DebriefView.svelte';

/** Fetch the debrief's code when an ending is at most this many steps away. */
export const DEBRIEF_AHEAD_STEPS = 2;

/** The debrief screen's component. */
export type DebriefScreen = typeof DebriefView;

let loading: Promise<{ default: DebriefScreen }> | undefined;

/** The debrief screen's module, fetched once. */
export function loadDebrief(): Promise<{ default: DebriefScreen }> {
  loading ??= import('../DebriefView.svelte').catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
