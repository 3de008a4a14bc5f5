/**
 * What the security tests watch a page with: CSP violations (including Trusted Types ones),
 * console errors, every request, and active content left in the DOM. Also a "lab" page on the
 * app's origin, under the app's policy minus Trusted Types, for tests that must insert HTML
 * strings themselves (parsing sanitiser output in Chromium, the checker's negative control).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { CSP_HEADER } from '../../../src/tools/csp';

export const ORIGIN = process.env.PW_BASE_URL ?? 'http://localhost:4173';

export type Violation = { directive: string; blocked: string; sample: string; source: string; line: number; url: string };
export type Win = Window & { __cspViolations: Violation[]; __reportCsp?: (v: Violation) => void };

/**
 * Record every securitypolicyviolation into window.__cspViolations (read in the page) and, via a
 * binding, into the returned array (survives reloads and full navigations).
 */
export async function recordCspViolations(page: Page): Promise<Violation[]> {
  const all: Violation[] = [];
  await page.exposeBinding('__reportCsp', (_source, v: Violation) => void all.push(v));
  await page.addInitScript(() => {
    const w = window as unknown as Win;
    w.__cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const v = { directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber, url: location.href };
        w.__cspViolations.push(v);
        w.__reportCsp?.(v);
      },
      true,
    );
  });
  return all;
}

/** Record console errors and uncaught exceptions of the page (a blocked sink logs one too). */
export function recordConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`)));
  page.on('pageerror', (e) => void errors.push(`uncaught: ${e.message}`));
  return errors;
}

/** Record every request of the context (pages and service worker) and every WebSocket. */
export function recordRequests(context: BrowserContext, page: Page) {
  const urls: string[] = [];
  const sockets: string[] = [];
  context.on('request', (r) => void urls.push(r.url()));
  page.on('websocket', (ws) => void sockets.push(ws.url()));
  return { urls, sockets };
}

/** Elements with an on* attribute, javascript:/vbscript:/data: URLs, or external links without rel. */
export async function activeContentFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const describe = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}> in ${location.hash || '/'}`;
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        const name = a.name.toLowerCase();
        const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on')) out.push(`${describe(el)} has ${a.name}="${a.value}"`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(name) && /^(javascript|vbscript):/.test(value))
          out.push(`${describe(el)} has ${a.name}="${a.value}"`);
        if (name === 'href' && value.startsWith('data:')) out.push(`${describe(el)} links to a data: URL`);
      }
      if (['script', 'iframe', 'object', 'embed', 'frame', 'base'].includes(el.localName) && !(el.localName === 'script' && (el as HTMLScriptElement).src.startsWith(location.origin)))
        out.push(`${describe(el)} should not be in the page`);
      if (el.localName === 'a' && (el as HTMLAnchorElement).target === '_blank') {
        const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) out.push(`${describe(el)} opens a new tab without rel="noopener noreferrer"`);
      }
    }
    return out;
  });
}

/** The app's header policy without its two Trusted Types directives. */
export const CSP_WITHOUT_TRUSTED_TYPES = CSP_HEADER.split('; ').filter((d) => !d.includes('trusted-types')).join('; ');

/**
 * Open an empty page on the app's origin, served (by the test, not the app) under
 * CSP_WITHOUT_TRUSTED_TYPES, so page script may assign strings to innerHTML while inline script,
 * handlers and javascript: URLs stay blocked. Use it before the app's service worker controls the
 * context (a fresh context), or the worker would answer instead of the route.
 */
export async function openLab(page: Page): Promise<void> {
  const url = `${ORIGIN}/__security-lab.html`;
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', headers: { 'Content-Security-Policy': CSP_WITHOUT_TRUSTED_TYPES }, body: '<!doctype html><html lang="en"><title>lab</title><body></body></html>' }),
  );
  await page.goto(url);
}
