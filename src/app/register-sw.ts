/**
 * Service-worker registration that works under Trusted Types. With `require-trusted-types-for
 * 'script'`, `navigator.serviceWorker.register()` accepts only a TrustedScriptURL, and the
 * `registerSW()` that vite-plugin-pwa generates passes a plain string to workbox-window (it has no
 * way to take anything else). So the build serves this module as `virtual:pwa-register`
 * (`src/tools/sw-register-plugin.ts`): same signature, same 'prompt'-mode behaviour as the
 * plugin's own (a new version waits until `onNeedRefresh`'s offer is accepted), but the script URL
 * is a TrustedScriptURL from the 'balint-sw' policy, which vouches for exactly one URL, the app's
 * own `./sw.js`, and throws for anything else. The dev server, which has no service worker,
 * keeps vite-plugin-pwa's no-op; inside a SCORM package `AppUpdate` never calls this.
 */
import type { RegisterSWOptions } from 'virtual:pwa-register';

/** The policy's name, as the CSP lists it. */
export const SW_POLICY = 'balint-sw';
/** The generated worker, relative to the page (vite-plugin-pwa's default file name, `base: './'`). */
export const SW_URL = './sw.js';
const SCOPE = './';

/** The part of `window.trustedTypes` this module uses. */
export interface ScriptUrlPolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): { createScriptURL(input: string): unknown };
}

let policy: { createScriptURL(input: string): unknown } | null | undefined;

/** The worker's URL as `register()` will accept it: a TrustedScriptURL where Trusted Types exist. */
export function serviceWorkerUrl(): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
    policy = factory
      ? factory.createPolicy(SW_POLICY, {
          createScriptURL: (url) => {
            if (url !== SW_URL) throw new TypeError(`${SW_POLICY} only vouches for ${SW_URL}, not ${url}`);
            return url;
          },
        })
      : null;
  }
  // workbox-window and register() take `string | TrustedScriptURL`; typed as string for them.
  return (policy ? policy.createScriptURL(SW_URL) : SW_URL) as string;
}

/** Register the service worker; returns the function that activates a waiting update. */
export function registerSW(options: RegisterSWOptions = {}): (reloadPage?: boolean) => Promise<void> {
  const { immediate = false, onNeedReload, onNeedRefresh, onOfflineReady, onRegistered, onRegisteredSW, onRegisterError } = options;
  if (!('serviceWorker' in navigator)) return async () => {};
  let skipWaiting: (() => void) | undefined;
  const registered = (async () => {
    let wb: import('workbox-window').Workbox;
    try {
      const { Workbox } = await import('workbox-window');
      wb = new Workbox(serviceWorkerUrl(), { scope: SCOPE, type: 'classic' });
    } catch (e) {
      onRegisterError?.(e);
      return;
    }
    skipWaiting = () => wb.messageSkipWaiting();
    let offered = false;
    const offer = () => {
      offered = true;
      wb.addEventListener('controlling', (event) => {
        if (event.isUpdate) (onNeedReload ?? (() => window.location.reload()))();
      });
      onNeedRefresh?.();
    };
    wb.addEventListener('installed', (event) => {
      if (event.isUpdate === undefined) {
        if (event.isExternal) offer();
        else if (!offered) onOfflineReady?.();
      } else if (!event.isUpdate) onOfflineReady?.();
    });
    wb.addEventListener('waiting', offer);
    try {
      const registration = await wb.register({ immediate });
      if (onRegisteredSW) onRegisteredSW(SW_URL, registration);
      else onRegistered?.(registration);
    } catch (e) {
      onRegisterError?.(e);
    }
  })();
  return async () => {
    await registered;
    skipWaiting?.();
  };
}
