/**
 * The kit leaves the authoring screen's chunks out of packages (the script editor alone is about
 * 330 kB), and keeps what the case library shares with it.
 */
import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { authoringOnly, kitOf } from '../../../src/tools/scorm/scorm-kit-plugin';

const chunk = (fileName: string, o: Partial<Rolldown.OutputChunk> & { css?: string[] } = {}) =>
  ({ type: 'chunk', fileName, facadeModuleId: null, imports: [], dynamicImports: [], moduleIds: [`/p/src/${fileName}`], viteMetadata: { importedCss: new Set(o.css ?? []), importedAssets: new Set() }, ...o }) as unknown as Rolldown.OutputChunk;
const asset = (fileName: string) => ({ type: 'asset', fileName }) as unknown as Rolldown.OutputAsset;
const bundleOf = (...items: (Rolldown.OutputChunk | Rolldown.OutputAsset)[]) => Object.fromEntries(items.map((i) => [i.fileName, i])) as Rolldown.OutputBundle;

/**
 * index → (dynamic) AuthoringView → (dynamic) the editor; the library and AuthoringView share the
 * compiler and the catalogue; both import the entry back, as Vite's chunks do.
 */
const app = bundleOf(
  chunk('assets/index-1.js', { isEntry: true, imports: ['assets/catalog-2.js'], dynamicImports: ['assets/AuthoringView-3.js', 'assets/LibraryView-4.js', 'assets/a-7.js'], css: ['assets/index-1.css'] }),
  chunk('assets/catalog-2.js'),
  chunk('assets/AuthoringView-3.js', { facadeModuleId: '/p/src/views/authoring/AuthoringView.svelte', imports: ['assets/index-1.js', 'assets/catalog-2.js', 'assets/compile-5.js'], dynamicImports: ['assets/create-editor-6.js'], css: ['assets/AuthoringView-3.css', 'assets/shared-8.css'] }),
  chunk('assets/LibraryView-4.js', { facadeModuleId: '/p/src/views/library/LibraryView.svelte', imports: ['assets/index-1.js'], dynamicImports: ['assets/compile-5.js'], css: ['assets/shared-8.css'] }),
  chunk('assets/compile-5.js', { facadeModuleId: '/p/src/authoring/compile-in-browser.ts' }),
  chunk('assets/create-editor-6.js', { facadeModuleId: '/p/src/authoring/editor/create-editor.ts' }),
  chunk('assets/a-7.js', { facadeModuleId: '\0virtual:balint/script/a' }),
  asset('assets/index-1.css'),
  asset('assets/AuthoringView-3.css'),
  asset('assets/shared-8.css'),
  asset('index.html'),
);

describe('scorm-kit.json and the authoring screen', () => {
  it('leaves out every chunk and style sheet only the authoring screen reaches', () => {
    expect([...authoringOnly(app)].sort()).toEqual(['assets/AuthoringView-3.css', 'assets/AuthoringView-3.js', 'assets/create-editor-6.js']);
    const kit = kitOf(app, [{ id: 'a', title: 'A', hash: '0123456789abcdef' }], []);
    expect(kit.player).toEqual(['assets/LibraryView-4.js', 'assets/catalog-2.js', 'assets/compile-5.js', 'assets/index-1.css', 'assets/index-1.js', 'assets/shared-8.css', 'index.html']);
  });

  it('keeps a chunk the authoring screen loads when any other screen loads it too', () => {
    const both = bundleOf(...Object.values(app), chunk('assets/LibraryView-4.js', { imports: ['assets/index-1.js'], dynamicImports: ['assets/compile-5.js', 'assets/create-editor-6.js'] }));
    expect(kitOf(both, [{ id: 'a', title: 'A', hash: '0123456789abcdef' }], []).player).toContain('assets/create-editor-6.js');
  });
});
