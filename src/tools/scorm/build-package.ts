/**
 * Builds a SCORM 1.2 package: the production build of the app, restricted to the chosen modules,
 * without a service worker, with the SCORM runtime switched on, zipped with `imsmanifest.xml` at
 * the root.
 *
 * It runs Vite programmatically with the project's own `vite.config.ts` (loaded, not copied, so a
 * package is always built exactly like the app), replaces what must differ by plugins
 * (`package-plugins.ts`) and `define`, and builds into a temporary directory that is removed
 * afterwards. `base: './'` in the config keeps every path relative, which is what lets the LMS
 * serve the package from any content path on its own origin.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { build, loadConfigFromFile, type Rolldown } from 'vite';
import { loadContent } from '../load-content';
import { buildManifest, type ManifestModule } from './manifest';
import { chooseModules, noServiceWorkerPlugin, packageCatalogPlugin, withoutPwa } from './package-plugins';

/** What to build. */
export interface PackageOptions {
  /** Project root (where vite.config.ts and content/ are). */
  root: string;
  /** Module ids, in course order. */
  modules: string[];
  /** Mastery score 0–100 for every module, if the course should report passed/failed. */
  masteryScore?: number;
  /** Title of the course in the LMS (default: the module's title, or "Balint Rehearsal"). */
  title?: string;
}

/** A built package. */
export interface ScormPackage {
  /** The zip. */
  zip: Uint8Array;
  /** The manifest XML. */
  manifest: string;
  /** Paths of every file in the zip (forward slashes). */
  files: string[];
}

/** The player page every SCO launches. */
export const LAUNCH = 'index.html';
/** Fixed time stamp for zip entries, so the same input gives the same bytes. */
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function outputsOf(result: Awaited<ReturnType<typeof build>>): Rolldown.RolldownOutput[] {
  if (Array.isArray(result)) return result;
  return 'output' in result ? [result] : [];
}

/** Build the package (throws with a clear message on unknown modules or content errors). */
export async function buildScormPackage(o: PackageOptions): Promise<ScormPackage> {
  if (!o.modules.length) throw new Error('No modules given. Use --modules <id,id,…>.');
  if (o.masteryScore !== undefined && !(o.masteryScore >= 0 && o.masteryScore <= 100)) throw new Error('The mastery score must be between 0 and 100.');
  const content = loadContent(o.root);
  const scripts = chooseModules(content, o.modules);
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(o.root, 'vite.config.ts'), o.root, 'warn', undefined, 'bundle');
  if (!loaded) throw new Error(`No vite.config.ts in ${o.root}`);
  const { config } = loaded;
  const outDir = mkdtempSync(join(tmpdir(), 'balint-scorm-'));
  try {
    const result = await build({
      ...config,
      configFile: false,
      root: o.root,
      logLevel: 'warn',
      plugins: [packageCatalogPlugin(scripts, content.vocabulary), noServiceWorkerPlugin(), ...(await withoutPwa(config.plugins))],
      define: { ...config.define, 'import.meta.env.VITE_BALINT_SCORM': JSON.stringify('1') },
      build: { ...config.build, outDir, emptyOutDir: true, reportCompressedSize: false },
    });
    // Each module's script is its own chunk; find it by the virtual module it was built from.
    const chunkOf = new Map<string, string>();
    for (const out of outputsOf(result))
      for (const item of out.output)
        if (item.type === 'chunk' && item.facadeModuleId?.startsWith('\0virtual:balint/script/')) chunkOf.set(item.facadeModuleId.slice('\0virtual:balint/script/'.length), item.fileName);
    const files = listFiles(outDir).map((p) => relative(outDir, p).split('\\').join('/')).sort();
    if (!files.includes(LAUNCH)) throw new Error(`The build did not produce ${LAUNCH}`);
    const modules: ManifestModule[] = scripts.map((s) => {
      const chunk = chunkOf.get(s.id);
      if (!chunk) throw new Error(`The build did not produce a chunk for module ${s.id}`);
      return { id: s.id, title: s.title, files: [chunk], masteryScore: o.masteryScore };
    });
    const own = new Set(modules.flatMap((m) => m.files));
    const identity = createHash('sha256').update(scripts.map((s) => `${s.id}@${s.hash}`).join(',')).digest('hex').slice(0, 16);
    const manifest = buildManifest({
      identifier: `balint-rehearsal-${identity}`,
      title: o.title ?? (scripts.length === 1 ? scripts[0]!.title : 'Balint Rehearsal'),
      launch: LAUNCH,
      modules,
      sharedFiles: files.filter((f) => !own.has(f)),
    });
    const entries: Record<string, [Uint8Array, { mtime: Date }]> = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { mtime: ZIP_TIME }] };
    for (const f of files) entries[f] = [readFileSync(join(outDir, f)), { mtime: ZIP_TIME }];
    return { zip: zipSync(entries, { level: 9 }), manifest, files: ['imsmanifest.xml', ...files] };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
