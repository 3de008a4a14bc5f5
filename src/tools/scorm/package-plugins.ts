/**
 * Vite plugins that turn the ordinary production build into a SCORM package build, without
 * touching the app's own config or the catalogue plugin:
 *
 * - `packageCatalogPlugin` serves the `virtual:balint/*` modules for the chosen modules only
 *   (`enforce: 'pre'`, so it answers before `catalogPlugin`), so the package's module list, its
 *   chunks and its "same case from another chair" links hold only what the LMS course contains;
 * - `noServiceWorkerPlugin` replaces `virtual:pwa-register` with a no-op. Inside an LMS the
 *   package lives under the LMS's content path, where a service worker would either fail to
 *   register or cache an LMS's pages; the LMS serves the files anyway, so none is built.
 */
import type { Plugin, PluginOption } from 'vite';
import { summarise } from '../catalog-plugin';
import { formatDiagnostics, type ContentBuild } from '../load-content';

const CATALOG = 'virtual:balint/catalog';
const SCRIPT = 'virtual:balint/script/';
const NO_SW = '\0balint-scorm:no-sw';

/** The chosen modules of the compiled content, in the order given; throws on unknown ids or content errors. */
export function chooseModules(content: ContentBuild, ids: readonly string[]): ContentBuild['scripts'] {
  const errors = formatDiagnostics(content);
  if (errors.length) throw new Error(`Content has ${errors.length} error(s):\n${errors.join('\n')}`);
  const known = new Map(content.scripts.map((s) => [s.id, s]));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new Error(`Unknown module id(s): ${unknown.join(', ')}. Known modules: ${[...known.keys()].join(', ')}`);
  }
  return [...new Set(ids)].map((id) => known.get(id)!);
}

/**
 * Serves the catalogue and scripts of `scripts` (already compiled and chosen) only. Hook filters
 * keep Rolldown from calling into JavaScript for every other module of the build.
 */
export function packageCatalogPlugin(scripts: ContentBuild['scripts'], vocabulary: ContentBuild['vocabulary']): Plugin {
  const inPackage = new Set(scripts.map((s) => s.id));
  const chosen = scripts.map((s) => ({ ...s, related: s.related.filter((r) => inPackage.has(r)) }));
  return {
    name: 'balint-scorm-catalog',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^virtual:balint\// },
      handler(id) {
        return id === CATALOG || id.startsWith(SCRIPT) ? '\0' + id : undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:balint\// },
      handler(id) {
        if (id === '\0' + CATALOG) {
          const loaders = chosen.map((s) => `  ${JSON.stringify(s.id)}: () => import(${JSON.stringify(SCRIPT + s.id)}).then((m) => m.default),`);
          return [
            `export const vocabulary = ${JSON.stringify(vocabulary)};`,
            `export const summaries = ${JSON.stringify(chosen.map(summarise))};`,
            `export const loaders = {\n${loaders.join('\n')}\n};`,
          ].join('\n');
        }
        const script = chosen.find((s) => '\0' + SCRIPT + s.id === id);
        if (!script) throw new Error(`module ${id.slice(SCRIPT.length + 1)} is not in this package`);
        return `export default ${JSON.stringify(script)};`;
      },
    },
  };
}

/** Replaces the service-worker registration with a no-op. */
export function noServiceWorkerPlugin(): Plugin {
  return {
    name: 'balint-scorm-no-sw',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^virtual:pwa-register$/ },
      handler: () => NO_SW,
    },
    load: {
      filter: { id: /^\0balint-scorm:no-sw$/ },
      handler: () => 'export function registerSW() { return async () => {}; }',
    },
  };
}

/** The app's plugins minus vite-plugin-pwa's (which would emit sw.js and a web manifest). */
export async function withoutPwa(plugins: PluginOption[] | undefined): Promise<Plugin[]> {
  const flat: Plugin[] = [];
  const walk = async (p: PluginOption): Promise<void> => {
    const v = await p;
    if (!v) return;
    if (Array.isArray(v)) for (const x of v) await walk(x);
    else flat.push(v as Plugin);
  };
  for (const p of plugins ?? []) await walk(p);
  return flat.filter((p) => !p.name.startsWith('vite-plugin-pwa'));
}
