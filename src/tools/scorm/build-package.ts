/**
 * Builds a SCORM package (1.2, or 2004 4th edition) on the command line the way the instructor view does in the browser:
 * the ordinary production build (Vite run programmatically with the project's own `vite.config.ts`,
 * loaded, not copied, so the files are exactly the PWA's), then the shared assembler
 * (`src/lms/package/assemble-package.ts`) reading the build's `scorm-kit.json` and files from disk.
 * The build goes into a temporary directory that is removed afterwards; `base: './'` in the config
 * keeps every path relative, which is what lets the LMS serve the package from any content path.
 * Module ids are checked against the content's `id:` lines first, so a mistyped id fails in
 * milliseconds rather than after a build (the assembler checks them again against the build).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, loadConfigFromFile } from 'vite';
import { assemblePackage, unknownModules, type ScormPackage } from '../../lms/package/assemble-package';
import { KIT_FILE } from '../../lms/package/scorm-kit';
import { scormManifest } from '../../lms/package/scorm-manifests';
import type { ScoreMode, ScormVersion } from '../../lms/types';
import type { ManifestWriter } from '../../lms/package/types';

export type { ScormPackage };

/** What to build. */
export interface PackageOptions {
  /** Project root (where vite.config.ts and content/ are). */
  root: string;
  /** Module ids, in course order. */
  modules: string[];
  /** 'participation' for a participation score; absent: completion and time only. */
  score?: ScoreMode;
  /** Title of the course in the LMS (default: the module's title, or "Balint Rehearsal"). */
  title?: string;
  /** SCORM version (default 1.2). */
  version?: ScormVersion;
  /** Another format's manifest writer (cmi5: `src/tools/cmi5/build-package.ts`); overrides `version`. */
  manifest?: ManifestWriter;
}

/** Build the package (throws with a clear message on unknown modules or content errors). */
export async function buildScormPackage(o: PackageOptions): Promise<ScormPackage> {
  if (!o.modules.length) throw new Error('No modules given. Use --modules <id,id,…>.');
  const known = contentIds(o.root);
  const unknown = o.modules.filter((id) => !known.includes(id));
  if (unknown.length) throw unknownModules(unknown, known);
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(o.root, 'vite.config.ts'), o.root, 'warn', undefined, 'bundle');
  if (!loaded) throw new Error(`No vite.config.ts in ${o.root}`);
  const { config } = loaded;
  const outDir = mkdtempSync(join(tmpdir(), 'balint-scorm-'));
  try {
    await build({
      ...config,
      configFile: false,
      root: o.root,
      logLevel: 'warn',
      build: { ...config.build, outDir, emptyOutDir: true, reportCompressedSize: false },
    });
    const kit: unknown = JSON.parse(readFileSync(join(outDir, KIT_FILE), 'utf8'));
    return await assemblePackage({ kit, modules: o.modules, score: o.score, title: o.title, manifest: o.manifest ?? scormManifest(o.version ?? '1.2'), read: (path) => readFile(join(outDir, path)) });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Module ids declared in content/sessions/*.md (front matter `id:`), in file order. */
function contentIds(root: string): string[] {
  const dir = join(root, 'content', 'sessions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => /^id:\s*([a-z0-9-]+)\s*$/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? []);
}
