/**
 * The only LMS code the app itself imports: four calls at the moments the SCORM runtime needs
 * (before the app mounts, once storage is open, when a session opens, when a reflection is
 * saved), and two questions (`inScormPackage`, `lmsCountsReflections`). A SCORM package is the ordinary build whose index.html carries a course
 * block (see `course-block.ts`), so package mode is decided here, at run time, once:
 *
 * - without the block (the PWA) nothing more loads: the check is one `getElementById`;
 * - with it, its validator loads, and a valid course narrows the catalogue to the package's
 *   modules, opens the launched module, keeps the service worker unregistered (`app-update`) and
 *   loads `scorm-runtime.ts`, in its own chunk, once storage is open;
 * - a malformed block, or one naming modules this build lacks, is not a package: the app plays
 *   as itself.
 */
import { limitCatalog, loadScript, summaries, summaryOf } from '../catalog/catalog';
import type { ProgressRepository } from '../storage/repository';
import type { ScormCourse } from './course-block';
import { COURSE_BLOCK_ID } from './course-block-id';
import type { ReportableSession, ScormRuntime } from './scorm-runtime';

let course: ScormCourse | undefined;
let launched: Promise<void> | undefined;
let runtime: Promise<ScormRuntime | undefined> | undefined;

/** True inside a SCORM package (known once `lmsLaunch` has resolved, which is before the app mounts). */
export function inScormPackage(): boolean {
  return course !== undefined;
}

/** The module a launch URL's `?module=<id>` names, if it is one of `ids`. */
export function launchModuleFrom(search: string, ids: readonly string[]): string | undefined {
  const id = new URLSearchParams(search).get('module') ?? undefined;
  return id !== undefined && ids.includes(id) ? id : undefined;
}

/**
 * Await before mounting the app (idempotent). Reads the course block, if any; in a package, a SCO
 * is launched as `index.html?module=<id>` (see the manifest): show that module rather than the
 * module list. A package of one module opens it even when an LMS drops the query. An address that
 * already has a route is left alone.
 */
export function lmsLaunch(doc: Document = document): Promise<void> {
  launched ??= (async () => {
    if (!doc.getElementById(COURSE_BLOCK_ID)) return;
    const { readCourse } = await import('./course-block');
    course = readCourse(doc, (id) => !!summaryOf(id));
    if (!course) return;
    limitCatalog(course.modules);
    const ids = summaries.map((s) => s.id);
    const id = launchModuleFrom(location.search, ids) ?? (ids.length === 1 ? ids[0] : undefined);
    if (id && (location.hash === '' || location.hash === '#')) history.replaceState(history.state, '', `#/module/${id}`);
  })().catch(() => {
    // The validator could not load: play as the app rather than not at all.
    course = undefined;
  });
  return launched;
}

/**
 * Chain after opening the repository, before any view uses it: connects to the LMS (if any) and
 * restores the learner's place from `cmi.suspend_data`. Never fails: without an LMS, or if
 * anything goes wrong, the package plays with local progress.
 */
export async function lmsReady<R extends ProgressRepository>(repo: R): Promise<R> {
  if (!course) return repo;
  const moduleIds = course.modules;
  runtime ??= import('./scorm-runtime')
    .then(({ ScormRuntime }) =>
      ScormRuntime.start({
        win: window,
        repo,
        moduleIds,
        loadScript,
        launchModule: launchModuleFrom(location.search, moduleIds),
        score: course?.score,
        onPageHide: (finish) => addEventListener('pagehide', finish),
      }),
    )
    .catch(() => undefined);
  await runtime;
  return repo;
}

/** Call when a session opens: reports it to the LMS (a no-op without one). */
export function lmsSessionOpened(session: ReportableSession): void {
  void runtime?.then((r) => r?.attach(session));
}

/** True when this package reports a participation score, so saving a reflection is reported (that it was saved, never its text). */
export function lmsCountsReflections(): boolean {
  return course?.score === 'participation';
}

/** Call when a reflection on a finished attempt of `moduleId` is saved: adds its participation points (a no-op without an LMS or such a score). */
export function lmsReflectionSaved(moduleId: string): void {
  void runtime?.then((r) => r?.reflectionSaved(moduleId));
}
