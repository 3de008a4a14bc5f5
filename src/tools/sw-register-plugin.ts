/**
 * Serves `virtual:pwa-register` from `src/app/register-sw.ts` in production builds: the same
 * `registerSW()` as vite-plugin-pwa's, but registering the worker with a TrustedScriptURL, which the
 * CSP's `require-trusted-types-for 'script'` demands (see that module). vite-plugin-pwa resolves the
 * id in an `enforce: 'pre'` plugin, so this one is 'pre' too and must come before `VitePWA()` in
 * the plugin list. Build only: the dev server has no service worker and keeps the plugin's no-op.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const MODULE = fileURLToPath(new URL('../app/register-sw.ts', import.meta.url));

/** The plugin. */
export function swRegisterPlugin(): Plugin {
  return {
    name: 'balint-sw-register',
    apply: 'build',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^virtual:pwa-register$/ },
      handler: () => MODULE,
    },
  };
}
