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
 */
import type { ScoreMode, ScormVersion } from '../lms/types';
import type { ManifestWriter } from '../lms/package/types';
import { downloadBlob } from '../ui/download';
import { kitFromResponse, KitMissing } from '../lms/package/kit-response';
import { PackageProblem } from '../lms/package/package-problem';
import { m } from '../i18n/messages';

/** Fields a problem can be about. */
export type ScormField = 'modules' | 'title';

/** A package built and offered for download. */
export interface BuiltPackage {
  /** File name it was offered under. */
  fileName: string;
  /** Size of the zip in bytes. */
  bytes: number;
  /** Number of files in the zip. */
  files: number;
  /** Number of modules (one SCO each). */
  modules: number;
  /** Time from the press to the download, in milliseconds. */
  ms: number;
  /** Its SCORM version. */
  version: ScormVersion;
}

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

/** A file could not be fetched. */
class FetchProblem extends Error {}

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
  status = $state('');
  /** Why the last build failed, if it did. */
  failure = $state('');
  /** `kit-missing` when the last build failed because the app's files hold no package kit (`npm start`). */
  failureCode = $state<KitMissing['code'] | undefined>();
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
  problems(modules: readonly string[]): Partial<Record<ScormField, string>> {
    const out: Partial<Record<ScormField, string>> = {};
    if (!modules.length) out.modules = 'Add at least one module in step 1: the package holds the modules chosen there.';
    if (this.title.trim().length > MAX_COURSE_TITLE) out.title = `The course title is longer than ${MAX_COURSE_TITLE} characters.`;
    else if (CONTROL.test(this.title)) out.title = 'The course title contains control characters.';
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
    this.failure = '';
    this.failureCode = undefined;
    this.built = undefined;
    const version = this.version;
    const name = this.formatName();
    this.status = `Building the ${name} package of ${count(modules.length, 'module')}…`;
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
      this.built = { fileName, bytes: pkg.zip.length, files: pkg.files.length, modules: pkg.course.modules.length, ms: performance.now() - started, version };
      this.status = `${name} package ready: ${fileName} (${Math.max(1, Math.round(pkg.zip.length / 1024))} KB, ${count(pkg.files.length, 'file')}, ${count(pkg.course.modules.length, 'module')}). Your browser saved it with your downloads.`;
      return this.built;
    } catch (e) {
      this.status = '';
      this.failure = `The package could not be built. ${reason(e)}`;
      if (e instanceof KitMissing) this.failureCode = e.code;
      return undefined;
    } finally {
      this.building = false;
    }
  }

  /** The package's name in messages (a builder of another format overrides it, and `manifest`). */
  protected formatName(): string {
    return versionName(this.version);
  }

  /** The writer of the package's manifest, loaded when a package is built. */
  protected async manifest(): Promise<ManifestWriter> {
    return (await import('../lms/package/scorm-manifests')).scormManifest(this.version);
  }

  async #read(path: string): Promise<Uint8Array> {
    const response = await this.#fetch(path);
    if (!response.ok) throw new FetchProblem(`The app’s file ${path} could not be loaded (HTTP ${response.status}). The app may have been updated since this page was opened: reload the page and try again.`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async #fetch(path: string): Promise<Response> {
    try {
      return await this.#deps.fetch(new URL(path, this.#deps.base()));
    } catch {
      throw new FetchProblem('The app’s files could not be loaded: this browser seems to be offline and has not stored them yet. Open the app once while online (it then works offline), or try again when you are back online.');
    }
  }
}

/** How the status line names a version's package. */
function versionName(version: ScormVersion): string {
  return version === '2004' ? 'SCORM 2004 4th edition' : 'SCORM 1.2';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function reason(e: unknown): string {
  if (e instanceof FetchProblem) return e.message;
  if (e instanceof TypeError && /import|module|fetch/i.test(e.message)) return 'Part of the app could not be loaded (offline, and not stored yet?). Reload the page while online and try again.';
  const text = e instanceof PackageProblem ? m.packageProblems.text(e.problem) : e instanceof Error ? e.message : String(e);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
