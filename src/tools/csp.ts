/**
 * The app's Content-Security-Policy, in one place: sent as a header by `vite preview` (and
 * documented for hosting), and written as a <meta> tag into the production index.html. The meta
 * form cannot carry `frame-ancestors` (browsers ignore it there), so that directive is header-only.
 * No 'unsafe-inline' and no 'unsafe-eval': the build emits no inline script or style.
 *
 * Trusted Types are enforced (`require-trusted-types-for 'script'`): a string assigned to a DOM
 * XSS sink (innerHTML, a script's src or text, an on* attribute, service-worker registration…)
 * throws. `trusted-types` names the only policies that may exist, each created once, so no
 * 'allow-duplicates' and no 'default' policy (which would silently pass strings through):
 * - svelte-trusted-html: Svelte's own, for the static templates its compiler emits;
 * - balint-html: `src/ui/trusted-html.ts`, the one door for `{@html}` (sanitiser output only);
 * - balint-sw: `src/app/register-sw.ts`, vouches for `./sw.js` and nothing else;
 * - balint-worker: `src/authoring/compile-off-page.ts`, vouches for the compile worker's URL only;
 * - dompurify: DOMPurify's internal one, for its inert parse (scripts compiled in the browser).
 * The header also covers sw.js, so the worker is built without importScripts (vite.config.ts).
 */
import type { Plugin } from 'vite';

/** Every Trusted Types policy the app creates (see above); a unit test checks the code agrees. */
export const TRUSTED_TYPES_POLICIES = ['svelte-trusted-html', 'balint-html', 'balint-sw', 'balint-worker', 'dompurify'] as const;

const base = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
];

/** Policy for the <meta> tag. */
export const CSP_META = base.join('; ');

/** Policy for the HTTP header (adds what a meta tag cannot express). */
export const CSP_HEADER = [...base, "frame-ancestors 'none'"].join('; ');

/** Headers a host should send with the app (also used by `vite preview`). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Adds the meta CSP to the built index.html only (the dev server needs inline scripts for HMR). */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'balint-csp-meta',
    apply: 'build',
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }];
    },
  };
}
