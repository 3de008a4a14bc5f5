/**
 * Writes `scorm-kit.json` into the ordinary production build: which files a SCORM package needs
 * whatever its modules (the player), and which chunk holds each module's compiled script. The
 * package assembler (`src/lms/package/assemble-package.ts`) needs nothing else, so a package is
 * made from the very files the PWA ships, by the instructor view (offline: the kit and every file
 * it names are precached) or by `npm run export:scorm`.
 *
 * Left out of the player, on purpose:
 * - `sw.js`, `workbox-*.js` and the `workbox-window` chunk: the service worker and its
 *   registration. A package never registers one (inside an LMS it would cache the LMS's pages, or
 *   fail under its content path); the LMS serves the files itself.
 * - `manifest.webmanifest` and `icons/*`: only installing the PWA uses them (the assembler also
 *   drops the manifest link from the package's index.html).
 * - the kit itself, and every module's script chunk (a package carries only its own modules').
 * - every chunk only the authoring screen (`src/views/authoring/`) reaches, with its style sheets:
 *   the script editor (CodeMirror), the format guide and the example. A learner in a package
 *   plays modules; the chunks the case library shares with authoring (the compiler) stay.
 * Everything else the build emits (every JS chunk and style sheet, `index.html`) stays, so every
 * screen of the app still works inside the package; `favicon.svg` is added because the page links it.
 *
 * The build fails if a module's chunk imports another chunk, or the player imports a chunk left
 * out: either would make a package that breaks at run time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { KIT_FILE, KIT_VERSION, type ScormKit } from '../../lms/package/scorm-kit';

/** What the plugin needs to know. */
export interface ScormKitOptions {
  /** The compiled modules, in catalogue order (from the catalogue plugin, once it has loaded them). */
  modules(): readonly { id: string; title: string; hash: string }[];
  /** Files of the public folder the player page uses. */
  publicFiles: readonly string[];
}

const SCRIPT_FACADE = '\0virtual:balint/script/';
const LAUNCH = 'index.html';
/** Emitted files only the installed PWA uses. */
const PWA_ONLY = [/^sw\.js$/, /^workbox-[^/]*\.js$/, /^registerSW\.js$/, /\.webmanifest$/, /\.map$/];
const WORKBOX_WINDOW = /[\\/]node_modules[\\/]workbox-window[\\/]/;
/** Modules whose chunks open the authoring screen (loaded on demand by its route). */
const AUTHORING = /[\\/]src[\\/]views[\\/]authoring[\\/]/;

/** Is this chunk only the service worker's registration code? */
function pwaOnlyChunk(c: Rolldown.OutputChunk): boolean {
  return c.moduleIds.length > 0 && c.moduleIds.every((id) => WORKBOX_WINDOW.test(id));
}

/** A chunk's style sheets (Vite's metadata). */
function cssOf(c: Rolldown.OutputChunk): string[] {
  return [...((c as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss ?? [])];
}

/**
 * Files only the authoring screen needs: the chunks reachable from an authoring chunk (by static or
 * dynamic import) that the entry chunk does not reach without passing through one, and their style
 * sheets that no kept chunk uses (exported for tests).
 */
export function authoringOnly(bundle: Rolldown.OutputBundle): Set<string> {
  const chunks = new Map<string, Rolldown.OutputChunk>();
  for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const isRoot = (c: Rolldown.OutputChunk) => !!c.facadeModuleId && AUTHORING.test(c.facadeModuleId);
  const reach = (from: Iterable<Rolldown.OutputChunk>, stopAtRoots: boolean): Set<string> => {
    const seen = new Set<string>();
    const todo = [...from];
    while (todo.length) {
      const c = todo.pop()!;
      if (seen.has(c.fileName)) continue;
      seen.add(c.fileName);
      for (const next of [...c.imports, ...(c.dynamicImports ?? [])]) {
        const n = chunks.get(next);
        if (n && !(stopAtRoots && isRoot(n))) todo.push(n);
      }
    }
    return seen;
  };
  const authoring = reach([...chunks.values()].filter(isRoot), false);
  // From the entries (the app's page), never into the authoring screen: what a learner can load.
  const elsewhere = reach([...chunks.values()].filter((c) => c.isEntry), true);
  const only = new Set([...authoring].filter((f) => !elsewhere.has(f)));
  const keptCss = new Set([...chunks.values()].filter((c) => !only.has(c.fileName)).flatMap(cssOf));
  for (const f of [...only]) for (const css of cssOf(chunks.get(f)!)) if (!keptCss.has(css)) only.add(css);
  return only;
}

/** The kit for a bundle (exported for tests). */
export function kitOf(bundle: Rolldown.OutputBundle, modules: ReturnType<ScormKitOptions['modules']>, publicFiles: readonly string[]): ScormKit {
  const chunkOf = new Map<string, string>();
  const left = new Set<string>();
  const player: string[] = [...publicFiles];
  const authoring = authoringOnly(bundle);
  for (const item of Object.values(bundle)) {
    const id = item.type === 'chunk' && item.facadeModuleId?.startsWith(SCRIPT_FACADE) ? item.facadeModuleId.slice(SCRIPT_FACADE.length) : undefined;
    if (item.type === 'chunk' && id !== undefined) {
      if (item.imports.length) throw new Error(`scorm-kit: the chunk of module ${id} imports ${item.imports.join(', ')}; a package could not carry it alone.`);
      chunkOf.set(id, item.fileName);
      left.add(item.fileName);
    } else if (authoring.has(item.fileName) || item.fileName === KIT_FILE || PWA_ONLY.some((re) => re.test(item.fileName)) || (item.type === 'chunk' && pwaOnlyChunk(item))) {
      left.add(item.fileName);
    } else player.push(item.fileName);
  }
  for (const item of Object.values(bundle))
    if (item.type === 'chunk' && player.includes(item.fileName))
      for (const imported of item.imports)
        if (left.has(imported)) throw new Error(`scorm-kit: ${item.fileName} imports ${imported}, which packages leave out.`);
  if (!player.includes(LAUNCH)) throw new Error(`scorm-kit: the build has no ${LAUNCH}.`);
  const missing = modules.filter((m) => !chunkOf.has(m.id)).map((m) => m.id);
  if (missing.length) throw new Error(`scorm-kit: no chunk for module(s) ${missing.join(', ')}.`);
  return {
    v: KIT_VERSION,
    launch: LAUNCH,
    player: [...new Set(player)].sort(),
    modules: modules.map((m) => ({ id: m.id, title: m.title, hash: m.hash, chunk: chunkOf.get(m.id)! })),
  };
}

/** The plugin (build only; runs after every other plugin has added its files). */
export function scormKitPlugin(o: ScormKitOptions): Plugin {
  let publicDir = '';
  return {
    name: 'balint-scorm-kit',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      for (const f of o.publicFiles) if (!existsSync(join(publicDir, f))) this.error(`scorm-kit: public/${f} does not exist.`);
      const kit = kitOf(bundle, o.modules(), o.publicFiles);
      this.emitFile({ type: 'asset', fileName: KIT_FILE, source: `${JSON.stringify(kit, null, 1)}\n` });
    },
  };
}
