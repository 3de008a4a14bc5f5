/**
 * The app's Content-Security-Policy, in one place: sent as a header by `vite preview` (and
 * documented for hosting), and written as a <meta> tag into the production index.html. The meta
 * form cannot carry `frame-ancestors` (browsers ignore it there), so that directive is header-only.
 * No 'unsafe-inline' and no 'unsafe-eval': the build emits no inline script or style.
 */
import type { Plugin } from 'vite';

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
