/**
 * What every view may ask for: the progress repository and the router. Provided once by App via
 * Svelte context, so views never construct storage themselves.
 */
import { getContext, setContext } from 'svelte';
import type { ProgressRepository } from '../storage/repository';
import type { Router } from './router.svelte';

/** Shared services. */
export interface AppServices {
  /** Where progress lives (set once storage has opened; views other than home wait for it). */
  repo: ProgressRepository & { persistent: boolean };
  /** Resolves when storage has opened; awaiting it opens storage (it is lazy). */
  ready: Promise<ProgressRepository & { persistent: boolean }>;
  /** Current route. */
  router: Router;
}

const KEY = Symbol('app');

/** Provide services to descendants. */
export function provideApp(services: AppServices): void {
  setContext(KEY, services);
}

/** Read services provided by App. */
export function useApp(): AppServices {
  return getContext<AppServices>(KEY);
}
