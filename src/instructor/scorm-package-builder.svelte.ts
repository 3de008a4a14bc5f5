/**
 * The instructor view's SCORM package builder, as reactive state (the panel only binds to it). It
 * builds the same package as `npm run export:scorm`, in this browser: it fetches the build's
 * `scorm-kit.json` and the files it names from the app's own origin (relative URLs, served by the
 * service worker's precache when offline), hands them to the shared assembler, and offers the zip
 * for download. Nothing is uploaded. The assembler and fflate load only when a package is built,
 * so the instructor view's first load does not carry them.
 *
 * A package is SCORM 1.2 (the default: most LMSs take it) or SCORM 2004 4th edition. It reports
 * completion, time and each choice; a participation score is the one scoring option (see
 * `lms/scorm-report.ts`). There is no mastery score: Balint Rehearsal does not grade sessions.
 *
 * It words nothing: form problems, progress and failures are codes with their data
 * (`instructor/types.ts`), and the package panels word them through `m.lmsPackages`.
 */
import type { PackageFormat, ScoreMode, ScormVersion } from '../lms/types';
import type { ManifestWriter } from '../lms/package/types';
import { downloadBlob } from '../ui/download';
import { kitFromResponse } from '../lms/package/kit-response';
import { PackageProblem } from '../lms/package/package-problem';
import type { BuiltPackage, PackageFailure, PackageField, PackageFormProblem, PackageStatus } from './types';

/** What the builder needs from its surroundings (injected so tests can fake them). */
export interface BuilderDeps {
  /** Fetches a file of the app (default: `fetch`). */
  fetch(url: URL): Promise<Response>;
  /** Offers the zip for download (default: `downloadBlob`). */
  download(blob: Blob, fileName: string): void;
  /** The URL relative paths resolve against (default: the page's base URI). */
  base(): string;
}

/** Longest course title. */
export const MAX_COURSE_TITLE = 200;
const CONTROL = /\p{Cc}/u;

/** A file of the app could not be fetched, and why. */
class FetchFailed extends Error {
  constructor(readonly failure: Extract<PackageFailure, { code: 'fetch-failed' | 'offline' }>) {
    super(failure.code);
    this.name = 'FetchFailed';
  }
}

/** `<title-slug>.zip`: lower-case ASCII letters, digits and hyphens. */
export function packageFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'balint-rehearsal'}.zip`;
}

export class ScormPackageBuilder {
  /** Course title as typed (optional). */
  title = $state('');
  /** The score the package reports: none ('none', the default) or a participation score. */
  score = $state<'none' | ScoreMode>('none');
  /** The SCORM version of the package: '1.2' (the default) or '2004' (4th edition). */
  version = $state<ScormVersion>('1.2');
  /** Progress and result, for the polite live region. */
  status = $state.raw<PackageStatus>({ code: 'idle' });
  /** Why the last build failed, if it did. */
  failure = $state.raw<PackageFailure | undefined>();
  /** True while a package is being built. */
  building = $state(false);
  /** The last package built. */
  built = $state.raw<BuiltPackage | undefined>();
  readonly #deps: BuilderDeps;

  constructor(deps: Partial<BuilderDeps> = {}) {
    this.#deps = {
      fetch: deps.fetch ?? ((url) => fetch(url)),
      download: deps.download ?? downloadBlob,
      base: deps.base ?? (() => document.baseURI),
    };
  }

  /** Problems by field for a package of `modules` (empty when it can be built). */
  problems(modules: readonly string[]): Partial<Record<PackageField, PackageFormProblem>> {
    const out: Partial<Record<PackageField, PackageFormProblem>> = {};
    if (!modules.length) out.modules = { code: 'no-modules' };
    if (this.title.trim().length > MAX_COURSE_TITLE) out.title = { code: 'title-too-long', max: MAX_COURSE_TITLE };
    else if (CONTROL.test(this.title)) out.title = { code: 'title-control' };
    return out;
  }

  /**
   * Build a package of `modules` (in order) and offer it for download; `fallbackTitle` (the
   * assignment's title) names the course when no course title was typed. Resolves to the package,
   * or undefined when there were problems or the build failed (then `failure` says why).
   */
  async build(modules: readonly string[], fallbackTitle = ''): Promise<BuiltPackage | undefined> {
    if (this.building || Object.keys(this.problems(modules)).length) return undefined;
    const started = performance.now();
    this.building = true;
    this.failure = undefined;
    this.built = undefined;
    const version = this.version;
    const format = this.format();
    this.status = { code: 'building', format, modules: modules.length };
    try {
      const [{ assemblePackage, KIT_FILE }, manifest] = await Promise.all([import('../lms/package/assemble-package'), this.manifest()]);
      const kit = await kitFromResponse(await this.#fetch(KIT_FILE));
      const pkg = await assemblePackage({
        kit,
        modules,
        score: this.score === 'none' ? undefined : this.score,
        title: this.title.trim() || fallbackTitle.trim() || undefined,
        manifest,
        read: (path) => this.#read(path),
      });
      const fileName = packageFileName(pkg.title);
      this.#deps.download(new Blob([pkg.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), fileName);
      this.built = { fileName, bytes: pkg.zip.length, files: pkg.files.length, modules: pkg.course.modules.length, ms: performance.now() - started, version, format };
      this.status = { code: 'ready', built: this.built };
      return this.built;
    } catch (e) {
      this.status = { code: 'idle' };
      this.failure = failureOf(e);
      return undefined;
    } finally {
      this.building = false;
    }
  }

  /** The package's format, which the panel names (a builder of another format overrides it, and `manifest`). */
  protected format(): PackageFormat {
    return this.version === '2004' ? 'scorm2004' : 'scorm12';
  }

  /** The writer of the package's manifest, loaded when a package is built. */
  protected async manifest(): Promise<ManifestWriter> {
    return (await import('../lms/package/scorm-manifests')).scormManifest(this.version);
  }

  async #read(path: string): Promise<Uint8Array> {
    const response = await this.#fetch(path);
    if (!response.ok) throw new FetchFailed({ code: 'fetch-failed', path, status: response.status });
    return new Uint8Array(await response.arrayBuffer());
  }

  async #fetch(path: string): Promise<Response> {
    try {
      return await this.#deps.fetch(new URL(path, this.#deps.base()));
    } catch {
      throw new FetchFailed({ code: 'offline' });
    }
  }
}

/** Why a build failed, as a code with its data. */
function failureOf(e: unknown): PackageFailure {
  if (e instanceof FetchFailed) return e.failure;
  if (e instanceof PackageProblem) return { code: 'package', problem: e.problem };
  if (e instanceof TypeError && /import|module|fetch/i.test(e.message)) return { code: 'part-not-loaded' };
  return { code: 'other', message: e instanceof Error ? e.message : String(e) };
}
