/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { catalogPlugin } from './src/tools/catalog-plugin';
import { cspMetaPlugin, SECURITY_HEADERS } from './src/tools/csp';
import { swRegisterPlugin } from './src/tools/sw-register-plugin';
import { scormKitPlugin } from './src/tools/scorm/scorm-kit-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));
const testing = !!process.env.VITEST;
const catalog = catalogPlugin(root);

export default defineConfig({
  plugins: [
    svelte({
      dynamicCompileOptions: ({ filename }) => (filename.includes('/node_modules/') ? undefined : { runes: true }),
    }),
    catalog,
    cspMetaPlugin(),
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
        },
        workbox: {
          // json: scorm-kit.json, so a SCORM package can be built offline.
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
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
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { port: 5173 },
  resolve: testing ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    // CI has two cores; compiling all sixteen scripts can take seconds there.
    testTimeout: 30_000,
  },
});
