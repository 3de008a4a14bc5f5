/**
 * Vite plugin that compiles `content/` at build time into virtual modules, so the shipped app
 * carries validated data and no Markdown parser:
 *
 * - `virtual:balint/catalog`: what the home page lists and filters by, and loads with it: the
 *   vocabulary's labels, one entry per module (`CatalogEntry`) and a lazy loader per module;
 * - `virtual:balint/catalog-about`: each module's "About" text on the home page (`ModuleAbout`), by
 *   id, loaded when a learner first reaches for one;
 * - `virtual:balint/catalog-details`: the rest, imported only by screens that load lazily: the whole
 *   vocabulary and the rest of each module's summary (`ModuleDetails`), by id;
 * - `virtual:balint/ending-kinds`: the ending kinds' ids and labels alone, for the debrief, which
 *   names an ending's kind and needs nothing else of the details;
 * - `virtual:balint/script/<id>`: one compiled Script each, in its own chunk.
 *
 * Any error fails the build with every `file:line: message`, like a compiler.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostics, loadContent, type ContentBuild } from './load-content';
import type { Script } from '../script/types';
import { summarise } from '../catalog/summarise';
import { splitSummary, termLabels } from '../catalog/split-summary';

const CATALOG = 'virtual:balint/catalog';
const ABOUT = 'virtual:balint/catalog-about';
const DETAILS = 'virtual:balint/catalog-details';
const ENDING_KINDS = 'virtual:balint/ending-kinds';
const SCRIPT = 'virtual:balint/script/';

export { summarise };

/** What the plugin shares with other plugins (Vite's `api` convention). */
export interface CatalogPluginApi {
  /** The compiled scripts, in catalogue order, once the build has loaded them (else none). */
  scripts(): readonly Script[];
}

/** The plugin. */
export function catalogPlugin(root: string): Plugin & { api: CatalogPluginApi } {
  let build: ContentBuild | undefined;
  const load = () => {
    build ??= loadContent(root);
    const errors = formatDiagnostics(build);
    if (errors.length) {
      const message = `Content has ${errors.length} error(s):\n${errors.join('\n')}`;
      build = undefined;
      throw new Error(message);
    }
    return build;
  };
  return {
    name: 'balint-catalog',
    api: { scripts: () => build?.scripts ?? [] },
    resolveId(id) {
      if (id === CATALOG || id === ABOUT || id === DETAILS || id === ENDING_KINDS || id.startsWith(SCRIPT)) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:balint/')) return undefined;
      const content = load();
      for (const f of content.sources) this.addWatchFile(f);
      for (const s of content.scripts) this.addWatchFile(resolve(root, s.file));
      if (id === '\0' + CATALOG) {
        const loaders = content.scripts.map((s) => `  ${JSON.stringify(s.id)}: () => import(${JSON.stringify(SCRIPT + s.id)}).then((m) => m.default),`).join('\n');
        return [
          `export const vocabulary = ${JSON.stringify(termLabels(content.vocabulary))};`,
          `export const summaries = ${JSON.stringify(content.scripts.map((s) => splitSummary(summarise(s)).entry))};`,
          `export const loaders = {\n${loaders}\n};`,
        ].join('\n');
      }
      if (id === '\0' + ABOUT) return `export const about = ${JSON.stringify(Object.fromEntries(content.scripts.map((s) => [s.id, splitSummary(summarise(s)).about])))};`;
      if (id === '\0' + ENDING_KINDS) return `export const endingKinds = ${JSON.stringify(content.vocabulary.endingKinds.map(({ id, label }) => ({ id, label })))};`;
      if (id === '\0' + DETAILS) {
        return [
          `export const vocabulary = ${JSON.stringify(content.vocabulary)};`,
          `export const details = ${JSON.stringify(Object.fromEntries(content.scripts.map((s) => [s.id, splitSummary(summarise(s)).details])))};`,
        ].join('\n');
      }
      const script = content.scripts.find((s) => '\0' + SCRIPT + s.id === id);
      if (!script) throw new Error(`unknown module ${id.slice(SCRIPT.length + 1)}`);
      // JSON.parse of a string literal parses much faster than the same object as JS source.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(script))});`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.includes('/content/')) {
        build = undefined;
        ctx.server.moduleGraph.invalidateAll();
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
