/// <reference types="vitest/config" />
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
// The project's own plugins come through Vite's module runner, not a static import: a static
// import made Vite bundle the whole content compiler into this config and warn about each of its
// extensionless imports at every start (see src/tools/build-plugins.ts).
const tools = await runnerImport<typeof import('./src/tools/build-plugins')>(fileURLToPath(new URL('./src/tools/build-plugins.ts', import.meta.url)));
const { catalogPlugin, cspMetaPlugin, SECURITY_HEADERS, swRegisterPlugin, scormKitPlugin, bundlerGroups } = tools.module;
const testing = !!process.env.VITEST;
const catalog = catalogPlugin(root);

export default defineConfig({
  plugins: [
    svelte({
      // Every option is here; there is no svelte.config.js to look for (the top level stays small).
      configFile: false,
      dynamicCompileOptions: ({ filename }) => (filename.includes('/node_modules/') ? undefined : { runes: true }),
    }),
    catalog,
    cspMetaPlugin(),
    restartOnChange(tools.dependencies),
    // scorm-kit.json: what the instructor view's "Build SCORM package" and export:scorm assemble from.
    scormKitPlugin({ modules: () => catalog.api.scripts(), publicFiles: ['favicon.svg'] }),
    // Before VitePWA: registers the worker with a TrustedScriptURL (src/app/register-sw.ts).
    swRegisterPlugin(),
    !testing &&
      VitePWA({
        // 'prompt': a new version waits until the learner accepts it, so an open session is never
        // reloaded under them (autoUpdate would).
        registerType: 'prompt',
        injectRegister: null,
        strategies: 'generateSW',
        includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
        manifest: {
          name: 'Balint Rehearsal',
          short_name: 'Balint',
          description: 'Rehearse Balint groups: scripted sessions for clinicians joining, presenting in, or learning to lead a Balint group.',
          theme_color: '#24524a',
          background_color: '#f7f4ee',
          display: 'standalone',
          start_url: './',
          scope: './',
          lang: 'en',
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
          // From `npm run screenshots` (public/screenshots/): a richer install prompt.
          screenshots: [
            { src: 'screenshots/home-desktop-light.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'Three ways in, and the modules by track' },
            { src: 'screenshots/session-desktop-light.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'A session, with feedback on your response' },
            { src: 'screenshots/home-mobile-light.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Three ways in, and the modules by track' },
            { src: 'screenshots/session-mobile-light.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'A session, with feedback on your response' },
          ],
        },
        workbox: {
          // json: scorm-kit.json, so a SCORM package can be built offline.
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
          // The README's and the install prompt's screenshots are not the app: learners never download them.
          globIgnores: ['**/node_modules/**/*', 'screenshots/**'],
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
          // Claim the page on the very first install so it works offline at once. Updates still
          // wait (no skipWaiting) until the learner accepts them.
          clientsClaim: true,
          // One self-contained sw.js: the CSP (header) enforces Trusted Types in the worker too, where
          // the default loader's importScripts('workbox-….js') would be blocked.
          inlineWorkboxRuntime: true,
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        },
      }),
  ],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // A few named chunks instead of 37 small files on the session route: src/tools/chunk-groups.ts.
        codeSplitting: { groups: bundlerGroups() },
      },
    },
  },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { port: 5173 },
  resolve: testing
    ? {
        conditions: ['browser'],
        // @xstate/svelte's node `import` condition is a CJS wrapper that loads a second Svelte, so
        // its stores would not be the app's (toolchain P2): tests use its ESM build, as the browser does.
        alias: { '@xstate/svelte': fileURLToPath(new URL('./node_modules/@xstate/svelte/dist/xstate-svelte.esm.js', import.meta.url)) },
      }
    : undefined,
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    // CI has two cores; compiling all sixteen scripts can take seconds there.
    testTimeout: 30_000,
  },
});

/** Restarts the dev server when a module the runner loaded changes, as Vite does for the config's own imports. */
function restartOnChange(files: string[]): Plugin {
  const watched = new Set(files);
  return {
    name: 'balint-restart-on-tool-change',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(files);
      server.watcher.on('change', (file) => {
        if (watched.has(file)) void server.restart();
      });
    },
  };
}
