/**
 * What the security tests watch a page with: CSP violations (including Trusted Types ones),
 * console errors, every request, and active content left in the DOM. Also a "lab" page on the
 * app's origin, under the app's policy minus Trusted Types, for tests that must insert HTML
 * strings themselves (parsing sanitiser output in Chromium, the checker's negative control), and
 * whether the page answers the keyboard while it checks a script (told by the order of events in
 * the page, never by a clock: how long its tasks take is `npm run bench`'s hostile part).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Locator, type Page, type Route } from '@playwright/test';
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

// ---------------------------------------------------------------------------------------------
// Hostile input (issue 15): what the hostile runs watch and how they hand inputs to the app.

/** Fragments no message the app shows may contain (issue 15's list; case-sensitive). */
export const FORBIDDEN_IN_MESSAGES = ['Expected', 'Maximum call stack', 'https://github.com', 'undefined', 'Invalid', 'TypeError'] as const;

/** The forbidden fragments a shown message contains. */
export function foreignFragments(message: string): string[] {
  return FORBIDDEN_IN_MESSAGES.filter((f) => message.includes(f));
}

/** Uncaught exceptions (`pageerror`) and console errors of the page, kept apart. */
export function recordPageErrors(page: Page): { uncaught: string[]; console: string[] } {
  const found = { uncaught: [] as string[], console: [] as string[] };
  page.on('pageerror', (e) => void found.uncaught.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && found.console.push(`${m.text()} (${m.location().url})`)));
  return found;
}

/**
 * Everything in the app's IndexedDB database as one string (every store's keys and values), or ''
 * when there is no database yet. Opening only an existing database, read-only, and closing it at
 * once, so the dump neither creates nor blocks anything.
 */
export async function dumpIndexedDb(page: Page, name = 'balint-rehearsal'): Promise<string> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return '';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      const stores = Array.from(db.objectStoreNames);
      if (!stores.length) return `${db.version}`;
      const tx = db.transaction(stores, 'readonly');
      const read = (store: string, what: 'getAll' | 'getAllKeys') =>
        new Promise<unknown>((resolve, reject) => {
          const r = tx.objectStore(store)[what]();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const out: Record<string, unknown> = {};
      for (const s of stores) out[s] = [await read(s, 'getAllKeys'), await read(s, 'getAll')];
      return JSON.stringify([db.version, out]);
    } finally {
      db.close();
    }
  }, name);
}

/** The compile worker's script, as the build emits it. */
const COMPILE_WORKER = /\/assets\/compile-worker-[\w-]+\.js$/;

/**
 * Hold every request for the compile worker's script until `release()`: a check started meanwhile
 * stays in progress (its worker cannot start, so no result can come) for as long as the test
 * needs, on a fast machine or a slow one; `requested()` waits until a check has asked for its
 * worker. Only a route sees the request, so the app's service worker, which would answer from its
 * cache, must be blocked (`test.use({ serviceWorkers: 'block' })`).
 */
export async function holdCompileWorker(page: Page): Promise<{ requested: () => Promise<void>; release: () => Promise<void> }> {
  const held: Route[] = [];
  let released = false;
  await page.route(COMPILE_WORKER, (route) => (released ? route.continue() : void held.push(route)));
  return {
    requested: () => expect.poll(() => held.length, { message: 'the check asked for its compile worker', timeout: 30_000 }).toBeGreaterThan(0),
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
      await page.unroute(COMPILE_WORKER);
    },
  };
}

/**
 * Start a check (`start`) and, once it is compiling (its compile worker asked for, and held at the
 * network; `checking` shown), press `key` on `from`, which moves focus to `to`; then let the check
 * finish until an element matches `result` (a CSS selector). Returns what the page itself
 * recorded, in order: 'focus' when focus reached `to`, 'result' when the result appeared: a page
 * that compiles off its main thread records ['focus', 'result'] however fast or slow the machine.
 * A page that compiles on its main thread fails here: it asks for no worker, and the test never
 * sees it free while `checking` is shown; one that blocks its main thread otherwise while the
 * worker runs handles the key late, after the result.
 */
export async function keyDuringCheck(
  page: Page,
  o: { start: () => Promise<unknown>; checking: Locator; from: Locator; key: string; to: Locator; result: string },
): Promise<string[]> {
  type Win = { __order: string[]; __orderObserver?: MutationObserver };
  const hold = await holdCompileWorker(page);
  await page.evaluate((selector) => {
    const w = window as unknown as Win;
    w.__orderObserver?.disconnect(); // a hash navigation keeps the document, and its observer
    w.__order = [];
    w.__orderObserver = new MutationObserver(() => void (!w.__order.includes('result') && document.querySelector(selector) && w.__order.push('result')));
    w.__orderObserver.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  }, o.result);
  await o.to.evaluate((el) => el.addEventListener('focus', () => void (window as unknown as Win).__order.push('focus'), { once: true }));
  try {
    await o.start();
    await hold.requested();
    await expect(o.checking).toBeVisible();
    await o.from.press(o.key);
    await expect(o.to).toBeFocused();
  } finally {
    await hold.release();
  }
  await expect(page.locator(o.result).first()).toBeAttached({ timeout: 60_000 });
  return page.evaluate(() => (window as unknown as Win).__order.slice());
}

/** keyDuringCheck on the authoring screen (the script already in the editor): Tab from the file field to "Replace with the example". */
export function keyDuringAuthoringCheck(page: Page): Promise<string[]> {
  return keyDuringCheck(page, {
    start: () => page.getByRole('button', { name: 'Check the script' }).click(),
    checking: page.getByRole('status').getByText('Checking the script…'),
    from: page.getByLabel('Script file (.md)'),
    key: 'Tab',
    to: page.getByRole('button', { name: 'Replace with the example' }),
    result: '[role="status"] h2',
  });
}

/**
 * keyDuringCheck in the Case library: `files` picked, Shift+Tab from the file field to the link to
 * the authoring screen; the result is the first list of problems (`Problems in <file>`).
 */
export function keyDuringLibraryImport(page: Page, files: Array<[name: string, content: string | Buffer]>): Promise<string[]> {
  return keyDuringCheck(page, {
    start: () => importInLibrary(page, files),
    checking: page.getByRole('status').getByText('Checking…'),
    from: page.getByLabel('Case files (.md)'),
    key: 'Shift+Tab',
    to: page.getByRole('link', { name: 'Try a script of your own' }),
    result: 'ul[aria-label^="Problems in "]',
  });
}

/** Put `source` into the authoring screen's editor in place of what it holds, as select-all and a paste would. */
export async function pasteInAuthoring(page: Page, source: string) {
  const editor = page.getByRole('textbox', { name: 'Script' });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await editor.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, source);
}

/** The heading that says how the authoring screen's check came out. */
export const checkOutcome = (page: Page) => page.getByRole('status').filter({ hasText: /problems? to fix|No problems found/ }).getByRole('heading').first();

/** Paste `source` into the authoring screen and check it; the result's heading. */
export async function checkInAuthoring(page: Page, source: string) {
  await pasteInAuthoring(page, source);
  await page.getByRole('button', { name: 'Check the script' }).click();
  return checkOutcome(page);
}

/**
 * Import files into the Case library in one pick. They are written to the test's output folder
 * first and picked by path, so the browser reads them as it reads a learner's files (a buffer
 * handed over instead is decoded by Playwright's own script in the page, on its main thread).
 */
export async function importInLibrary(page: Page, files: Array<[name: string, content: string | Buffer]>) {
  const dir = test.info().outputPath(`picked-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const paths = files.map(([name, content]) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  });
  await page.getByLabel('Case files (.md)').setInputFiles(paths);
}
