/**
 * What every view may ask for: the progress repository. Provided once by App via Svelte context,
 * so views never construct storage themselves. Storage opens lazily, so the repository is absent
 * until it has opened: a view that renders before then awaits `ready`; one that App renders only
 * after `ready` (progress, settings, an earlier attempt's debrief) reads it with `openedRepo()`.
 */
import { getContext, setContext } from 'svelte';
import type { DraftStore } from '../authoring/types';
import type { ProgressRepository } from '../storage/repository';

/** Storage as the app opens it. */
export type AppRepository = ProgressRepository & { persistent: boolean };

/** Shared services. */
export interface AppServices {
  /** Where progress lives, once storage has opened (absent before). */
  repo?: AppRepository;
  /** Resolves when storage has opened; awaiting it opens storage (it is lazy). */
  ready: Promise<AppRepository>;
  /** Where the authoring screen keeps its draft (the repository, so it outlives the page). */
  drafts?: DraftStore;
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

/** The repository, in a view App renders only once storage has opened (throws if it has not). */
export function openedRepo(): AppRepository {
  const { repo } = useApp();
  if (!repo) throw new Error('openedRepo-before-ready'); // a bug: render this view only after `ready`
  return repo;
}
