/**
 * The only LMS code the app itself imports: three calls at the three moments the SCORM runtime
 * needs (before the app mounts, once storage is open, when a session opens). They do nothing in
 * the ordinary app. In a SCORM package build (`npm run export:scorm`, which defines
 * `import.meta.env.VITE_BALINT_SCORM` as "1") they load `scorm-runtime.ts` in its own chunk, so
 * the PWA never carries the SCORM code and the package carries it only once.
 */
import { loadScript, summaries } from '../catalog/catalog';
import type { ProgressRepository } from '../storage/repository';
import type { ReportableSession, ScormRuntime } from './scorm-runtime';

/** True in a SCORM package build. */
export const SCORM_BUILD: boolean = import.meta.env.VITE_BALINT_SCORM === '1';

let runtime: Promise<ScormRuntime | undefined> | undefined;

/** The module a launch URL's `?module=<id>` names, if it is one of `ids`. */
export function launchModuleFrom(search: string, ids: readonly string[]): string | undefined {
  const id = new URLSearchParams(search).get('module') ?? undefined;
  return id !== undefined && ids.includes(id) ? id : undefined;
}

/**
 * Call before mounting the app. A SCO is launched as `index.html?module=<id>` (see the
 * manifest); show that module rather than the module list. A package of one module opens it
 * even when an LMS drops the query. An address that already has a route is left alone.
 */
export function lmsLaunch(): void {
  if (!SCORM_BUILD) return;
  const ids = summaries.map((s) => s.id);
  const id = launchModuleFrom(location.search, ids) ?? (ids.length === 1 ? ids[0] : undefined);
  if (id && (location.hash === '' || location.hash === '#')) history.replaceState(history.state, '', `#/module/${id}`);
}

/**
 * Chain after opening the repository, before any view uses it: connects to the LMS (if any) and
 * restores the learner's place from `cmi.suspend_data`. Never fails: without an LMS, or if
 * anything goes wrong, the package plays with local progress.
 */
export async function lmsReady<R extends ProgressRepository>(repo: R): Promise<R> {
  if (!SCORM_BUILD) return repo;
  runtime ??= import('./scorm-runtime')
    .then(({ ScormRuntime }) => {
      const moduleIds = summaries.map((s) => s.id);
      return ScormRuntime.start({
        win: window,
        repo,
        moduleIds,
        loadScript,
        launchModule: launchModuleFrom(location.search, moduleIds),
        onPageHide: (finish) => addEventListener('pagehide', finish),
      });
    })
    .catch(() => undefined);
  await runtime;
  return repo;
}

/** Call when a session opens: reports it to the LMS (a no-op without one). */
export function lmsSessionOpened(session: ReportableSession): void {
  void runtime?.then((r) => r?.attach(session));
}
