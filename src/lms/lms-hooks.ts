/**
 * The only LMS code the app itself imports: four calls at the moments an LMS runtime needs
 * (before the app mounts, once storage is open, when a session opens, when a reflection is
 * saved), and two questions (`inScormPackage`, kept in `package-mode.ts` so the first chunk can
 * ask it, and `lmsCountsReflections`). What the page reports is kept in `lmsReporting`
 * (`lms-reporting.svelte.ts`), which the footer and the notices read. A package (SCORM 1.2,
 * SCORM 2004 or cmi5) is the ordinary build whose index.html carries a course block (see
 * `course-block.ts`), so package mode is decided here, at run time, once:
 *
 * - without the block (the PWA) this module does not even load: `main.ts` looks for the element
 *   (one `getElementById`) and imports it only when it is there;
 * - with it, its validator loads, and a valid course narrows the catalogue to the package's
 *   modules, opens the launched module, keeps the service worker unregistered (`app-update`) and,
 *   once storage is open, loads the runtime of the block's `format` in its own chunk
 *   (`runtimeFor`): `scorm-runtime.ts` for SCORM 1.2 and 2004, `cmi5/cmi5-runtime.ts` for cmi5;
 * - a malformed block, or one naming modules this build lacks, is not a package: the app plays
 *   as itself.
 */
import { limitCatalog, loadScript, summaries, summaryOf } from '../catalog/catalog';
import type { ProgressRepository } from '../storage/repository';
import { COURSE_BLOCK_ID } from './course-block-id';
import { lmsReporting } from './lms-reporting.svelte';
import { packageCourse, setPackageCourse } from './package-mode';
import { reportingOf } from './reporting';
import type { LmsRuntime, LmsRuntimeStarter, PackageFormat, ReportableSession } from './types';

export { inScormPackage } from './package-mode';

let launched: Promise<void> | undefined;
let runtime: Promise<LmsRuntime | undefined> | undefined;

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
    const course = readCourse(doc, (id) => !!summaryOf(id));
    if (!course) return;
    setPackageCourse(course);
    lmsReporting.state = 'starting';
    limitCatalog(course.modules);
    const ids = summaries.map((s) => s.id);
    const id = launchModuleFrom(location.search, ids) ?? (ids.length === 1 ? ids[0] : undefined);
    if (id && (location.hash === '' || location.hash === '#')) history.replaceState(history.state, '', `#/module/${id}`);
  })().catch(() => {
    // The validator could not load: play as the app rather than not at all.
    setPackageCourse(undefined);
  });
  return launched;
}

/**
 * What starts the runtime of a package format, loaded on demand in its own chunk: `ScormRuntime`
 * (SCORM 1.2 and 2004, told its version) or `Cmi5Runtime` (the same shape: `static start(options)`,
 * `attach`, `reflectionSaved`).
 */
export async function runtimeFor(format: PackageFormat): Promise<LmsRuntimeStarter> {
  if (format === 'cmi5') return (await import('./cmi5/cmi5-runtime')).Cmi5Runtime;
  const { ScormRuntime } = await import('./scorm-runtime');
  const version = format === 'scorm2004' ? '2004' : '1.2';
  return { start: (options) => ScormRuntime.start({ ...options, version }) };
}

/**
 * Chain after opening the repository, before any view uses it: connects to the LMS (if any) and
 * restores the learner's place from what the LMS kept. Never fails: without an LMS, or if
 * anything goes wrong, the package plays with local progress, and `lmsReporting` says
 * `not-recorded`, so the learner is told rather than left to think the LMS has their session.
 */
export async function lmsReady<R extends ProgressRepository>(repo: R): Promise<R> {
  const course = packageCourse();
  if (!course) return repo;
  const { modules: moduleIds, format, score } = course;
  runtime ??= runtimeFor(format)
    .then((starter) =>
      starter.start({
        win: window,
        repo,
        moduleIds,
        loadScript,
        launchModule: launchModuleFrom(location.search, moduleIds),
        score,
        onPageHide: (finish) => addEventListener('pagehide', finish),
      }),
    )
    .catch(() => undefined);
  lmsReporting.state = reportingOf(await runtime);
  return repo;
}

/** Call when a session opens: reports it to the LMS (a no-op without one). */
export function lmsSessionOpened(session: ReportableSession): void {
  void runtime?.then((r) => r?.attach(session));
}

/** True when this package reports a participation score, so saving a reflection is reported (that it was saved, never its text). */
export function lmsCountsReflections(): boolean {
  return packageCourse()?.score === 'participation';
}

/** Call when a reflection on a finished attempt of `moduleId` is saved: adds its participation points (a no-op without an LMS or such a score). */
export function lmsReflectionSaved(moduleId: string): void {
  void runtime?.then((r) => r?.reflectionSaved(moduleId));
}

/**
 * Await after `lmsReady`: where to leave for when the LMS asked for a way back (a cmi5 LMS's
 * returnURL, an http(s) address), or undefined (then the learner closes the window, as in any package).
 */
export async function lmsReturnUrl(): Promise<string | undefined> {
  return (await runtime)?.returnUrl;
}
