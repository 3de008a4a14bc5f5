/**
 * Assembles a package for an LMS from the files of an ordinary production build: the format's
 * manifest at the root (written by a `ManifestWriter`: SCORM 1.2 `manifest.ts`, the default;
 * SCORM 2004 `manifest-2004.ts`; cmi5's own), the player (every file the kit lists), only the
 * chosen modules' script chunks, and `index.html` rewritten to carry the course block, which is
 * what switches the player into package mode and names its format (see `course-block.ts`).
 * Nothing is compiled or bundled here.
 *
 * Pure and browser-safe: files come in through `read`, so the same code runs in the instructor
 * view (reading by `fetch` from the app's own, precached origin) and in `npm run export:scorm`
 * (reading from a build on disk). The same input gives the same bytes: entries are sorted and
 * carry a fixed time stamp.
 */
import { strFromU8, strToU8, zipSync, type ZipOptions } from 'fflate';
import { COURSE_VERSION, courseBlockHtml, MAX_COURSE_MODULES, type ScormCourse } from '../course-block';
import { COURSE_BLOCK_ID } from '../course-block-id';
import { sha256Hex } from '../../storage/canonical-json';
import { SCORM12_MANIFEST } from './manifest';
import { PackageProblem } from './package-problem';
import { parseKit, type ScormKit } from './scorm-kit';
import type { ManifestModule, ManifestWriter } from './types';
import type { PackageFormat, ScoreMode } from '../types';

export { KIT_FILE } from './scorm-kit';

/** What to assemble. */
export interface AssembleInput {
  /** The build's kit (`scorm-kit.json`, parsed JSON; checked here). */
  kit: unknown;
  /** Module ids in course order (repeats are dropped). */
  modules: readonly string[];
  /** 'participation' for a participation score (ending 50, reflection 50); absent: no score, completion only. */
  score?: ScoreMode;
  /** Course title in the LMS (default: the module's title for one module, else "Balint Rehearsal"). */
  title?: string;
  /** Reads a file of the build by its path relative to `index.html`. */
  read(path: string): Promise<Uint8Array>;
  /** Writes the manifest, and so decides the format (default: SCORM 1.2). */
  manifest?: ManifestWriter;
  /** Told after each file is read, for progress. */
  onProgress?(done: number, total: number): void;
}

/** An assembled package. */
export interface ScormPackage {
  /** The zip. */
  zip: Uint8Array;
  /** The manifest's text. */
  manifest: string;
  /** Path of every file in the zip (the manifest first, then sorted). */
  files: string[];
  /** The course title the manifest carries. */
  title: string;
  /** The course block `index.html` carries. */
  course: ScormCourse;
}

/** Fixed time stamp of every entry (local time, as zip stores it, so every time zone writes the same bytes). */
const ZIP_TIME = new Date(2020, 0, 1, 0, 0, 0);
const DEFAULT_TITLE = 'Balint Rehearsal';

/** The package (throws a `PackageProblem` on unknown module ids, an unknown score mode or a damaged kit). */
export async function assemblePackage(input: AssembleInput): Promise<ScormPackage> {
  const kit = parseKit(input.kit);
  const ids = [...new Set(input.modules)];
  if (!ids.length) throw new PackageProblem({ code: 'no-modules' });
  if (ids.length > MAX_COURSE_MODULES) throw new PackageProblem({ code: 'too-many-modules', max: MAX_COURSE_MODULES });
  const known = new Map(kit.modules.map((m) => [m.id, m]));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw unknownModules(unknown, [...known.keys()]);
  const { score } = input;
  if (score !== undefined && score !== 'participation') throw new PackageProblem({ code: 'unknown-score', score: String(score) });
  const chosen = ids.map((id) => known.get(id)!);
  const writer = input.manifest ?? SCORM12_MANIFEST;
  const course: ScormCourse = { v: COURSE_VERSION, format: writer.format, modules: ids, ...(score ? { score } : {}) };
  const title = input.title?.trim() || (chosen.length === 1 ? chosen[0]!.title : DEFAULT_TITLE);

  const files = [...new Set([...kit.player, ...chosen.map((m) => m.chunk)])].sort();
  const data = await readAll(files, input);
  const page = packagePage(strFromU8(data.get(kit.launch)!), course);
  data.set(kit.launch, strToU8(writer.page ? writer.page(page) : page));

  const modules: ManifestModule[] = chosen.map((m) => ({ id: m.id, title: m.title, files: [m.chunk] }));
  const manifest = writer.write({
    identifier: `balint-rehearsal-${await identity(chosen, writer.format)}`,
    title,
    launch: kit.launch,
    modules,
    sharedFiles: kit.player,
  });
  if (files.includes(writer.file)) throw new PackageProblem({ code: 'file-clash', file: writer.file });
  const entries: Record<string, [Uint8Array, ZipOptions]> = { [writer.file]: [strToU8(manifest), { mtime: ZIP_TIME }] };
  for (const f of files) entries[f] = [data.get(f)!, { mtime: ZIP_TIME }];
  return { zip: zipSync(entries, { level: 9 }), manifest, files: [writer.file, ...files], title, course };
}

async function readAll(files: readonly string[], input: AssembleInput): Promise<Map<string, Uint8Array>> {
  let done = 0;
  const read = await Promise.all(
    files.map(async (f) => {
      const bytes = await input.read(f);
      input.onProgress?.(++done, files.length);
      return [f, bytes] as const;
    }),
  );
  return new Map(read);
}

/**
 * The launch page of a package: the build's `index.html` with the course block added and the web
 * app manifest link removed (a package is not installed as an app, and carries no manifest).
 */
export function packagePage(html: string, course: ScormCourse): string {
  const page = html.replace(/\s*<link\b[^>]*\brel=["']?manifest\b[^>]*>/gi, '');
  if (page.includes(`id="${COURSE_BLOCK_ID}"`)) throw new PackageProblem({ code: 'page-already-package' });
  const at = page.search(/<\/head>/i);
  if (at < 0) throw new PackageProblem({ code: 'page-no-head' });
  return `${page.slice(0, at).trimEnd()}\n    ${courseBlockHtml(course)}\n  ${page.slice(at)}`;
}

/**
 * Stable manifest identity: the same modules at the same content versions in the same format give
 * the same id (SCORM 1.2 packages keep the id they had before other formats existed).
 */
async function identity(modules: readonly ScormKit['modules'][number][], format: PackageFormat): Promise<string> {
  const list = modules.map((m) => `${m.id}@${m.hash}`).join(',');
  return (await sha256Hex(format === 'scorm12' ? list : `${format}:${list}`)).slice(0, 16);
}

/** The error for module ids a package cannot hold (the same code from the command and the button). */
export function unknownModules(unknown: readonly string[], known: readonly string[]): PackageProblem {
  return new PackageProblem({ code: 'unknown-modules', unknown: [...unknown], known: [...known] });
}
