/**
 * Security properties of the production build, in Chromium:
 *   (a) the Content-Security-Policy is delivered (meta tag and header), nothing the app does
 *       violates it, and it is really enforced (an injected inline script does not run);
 *   (b) nothing leaves the device: every request of a full visit goes to the app's own origin;
 *   (c) built-in content renders inert: no event-handler attribute, no javascript: URL;
 *   (d) the XSS corpus, sanitised at build time in jsdom, stays inert when Chromium parses it
 *       (no parser differential / mutation XSS between jsdom and the browser).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startModule, step } from './support/player';
import { plansToEndings, randomPlan, script, scripts, type PlanStep } from './support/plans';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../src/tools/csp';
import { nodeMarkdown } from '../../src/tools/load-content';
import { XSS_PAYLOADS } from '../fixtures/xss/payloads';

const ORIGIN = process.env.PW_BASE_URL ?? 'http://localhost:4173';

type Violation = { directive: string; blocked: string; sample: string; source: string; line: number; url: string };
type Win = Window & { __cspViolations: Violation[]; __reportCsp?: (v: Violation) => void; __injected?: number; __injected2?: number; __injected3?: number };

/**
 * Record every securitypolicyviolation into window.__cspViolations (read in the page) and, via a
 * binding, into the returned array (survives reloads and full navigations).
 */
async function recordCspViolations(page: Page): Promise<Violation[]> {
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

/** Record every request of the context (pages and service worker) and every WebSocket. */
function recordRequests(context: BrowserContext, page: Page) {
  const urls: string[] = [];
  const sockets: string[] = [];
  context.on('request', (r) => void urls.push(r.url()));
  page.on('websocket', (ws) => void sockets.push(ws.url()));
  return { urls, sockets };
}

/** Elements with an on* attribute, javascript:/vbscript:/data: URLs, or external links without rel. */
async function activeContentFindings(page: Page): Promise<string[]> {
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

const firstPlan = (id: string): PlanStep[] => [...plansToEndings(script(id)).values()][0]!;

async function playToDebrief(page: Page, id: string, plan: PlanStep[], afterEachStep?: () => Promise<void>) {
  await startModule(page, id);
  for (const s of plan) {
    await step(page, s);
    await afterEachStep?.();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
}

async function visit(page: Page, link: string, heading: string) {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

// ---------------------------------------------------------------------------------------------
// (a) Content-Security-Policy.

test.describe('(a) Content-Security-Policy', () => {
  test('the page carries the policy as its first <meta>, and the preview server sends it as a header', async ({ page }) => {
    const response = await page.goto('/');
    expect(response!.status()).toBe(200);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toBe(CSP_HEADER);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(headers[k.toLowerCase()], k).toBe(v);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");

    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveCount(1);
    await expect(meta).toHaveAttribute('content', CSP_META);
    for (const policy of [CSP_META, CSP_HEADER]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|http:|https:/);
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
    }
    // A meta policy only governs what comes after it: nothing may load before it.
    const before = await page.evaluate(() => {
      const m = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
      return Array.from(document.head.children).slice(0, Array.from(document.head.children).indexOf(m)).map((e) => e.outerHTML);
    });
    expect(before.filter((h) => /<(script|link|style)/i.test(h))).toEqual([]);
    // No inline script or style in the built page.
    const inline = await page.evaluate(() => [
      ...Array.from(document.querySelectorAll('script:not([src])')).map((s) => s.outerHTML.slice(0, 80)),
      ...Array.from(document.querySelectorAll('style')).map((s) => s.outerHTML.slice(0, 80)),
    ]);
    expect(inline).toEqual([]);
  });

  test('a whole session, then progress, settings and teaching, raise no CSP violation', async ({ page }) => {
    const all = await recordCspViolations(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
    await playToDebrief(page, 'first-group', firstPlan('first-group'));
    await visit(page, 'Progress', 'Your progress');
    // The stored attempt's own debrief page too.
    await page.getByRole('link', { name: /open the debrief/ }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
    await visit(page, 'Settings', 'Settings');
    await visit(page, 'Teaching', 'Teaching with Balint Rehearsal');
    await visit(page, 'Modules', 'Rehearse a Balint group');
    await page.waitForLoadState('networkidle');
    const inPage = await page.evaluate(() => (window as unknown as Win).__cspViolations);
    expect(inPage).toEqual([]);
    expect(all).toEqual([]);
  });

  test('the policy is enforced: injected inline script, inline handler and javascript: URL do not run, and are reported', async ({ page }) => {
    const all = await recordCspViolations(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.append(s);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as Win).__cspViolations.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as Win).__injected)).toBeUndefined();

    // An inline event handler (what an XSS through {@html} would need) and a javascript: link.
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__injected2 = 1');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      const a = document.createElement('a');
      a.href = 'javascript:window.__injected3=1';
      document.body.append(a);
      a.click();
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as Win).__cspViolations.length)).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => [(window as unknown as Win).__injected2, (window as unknown as Win).__injected3])).toEqual([undefined, undefined]);

    const violations = await page.evaluate(() => (window as unknown as Win).__cspViolations);
    expect(violations.every((v) => v.directive.startsWith('script-src')), JSON.stringify(violations)).toBe(true);
    expect(violations.map((v) => v.blocked)).toContain('inline');
    expect(all.length).toBe(violations.length);
  });
});

// ---------------------------------------------------------------------------------------------
// (b) No egress.

test('(b) nothing leaves the device: every request of a full visit goes to the app origin', async ({ page, context }, testInfo) => {
  const { urls, sockets } = recordRequests(context, page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
  await playToDebrief(page, 'first-group', firstPlan('first-group'));
  await visit(page, 'Modules', 'Rehearse a Balint group');
  await playToDebrief(page, 'rule-honesty', firstPlan('rule-honesty'));
  await visit(page, 'Progress', 'Your progress');
  await visit(page, 'Settings', 'Settings');
  await visit(page, 'Teaching', 'Teaching with Balint Rehearsal');
  // Let the service worker finish precaching, so its requests are counted too.
  await page.waitForFunction(async () => (await caches.keys()).some((k) => k.includes('precache')));
  await page.waitForLoadState('networkidle');

  const checked = urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  const foreign = checked.filter((u) => new URL(u).origin !== ORIGIN);
  expect(foreign).toEqual([]);
  expect(sockets).toEqual([]);
  // Control: the recorder did see the app load (document, scripts, module chunks).
  expect(checked.length).toBeGreaterThan(5);
  expect(checked.some((u) => u.endsWith('.js'))).toBe(true);
  const summary = `${checked.length} requests checked (${urls.length - checked.length} data:/blob: skipped), ${new Set(checked).size} distinct URLs, all ${ORIGIN}`;
  testInfo.annotations.push({ type: 'egress', description: summary });
  console.log(`[security] egress: ${summary}`);
});

// ---------------------------------------------------------------------------------------------
// (c) Built-in content renders inert.

test.describe('(c) built-in content renders inert', () => {
  test('every module introduction', async ({ page }) => {
    const findings: string[] = [];
    for (const s of scripts()) {
      await page.goto(`/#/module/${s.id}`);
      await expect(page.getByRole('heading', { level: 1, name: s.title, exact: true })).toBeVisible();
      findings.push(...(await activeContentFindings(page)));
    }
    expect(findings).toEqual([]);
  });

  test('transcript, feedback, inner voices and debrief after playing two modules, checked after every step', async ({ page }) => {
    const findings: string[] = [];
    const check = async () => void findings.push(...(await activeContentFindings(page)));
    for (const [id, seed] of [['first-group', 7], ['advice-and-interrogation', 11]] as const) {
      await startModule(page, id);
      await page.getByRole('button', { name: 'Show inner voices' }).click();
      for (const s of randomPlan(script(id), seed).steps) {
        await step(page, s);
        await check();
      }
      await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
      // Open every <details> (feedback, other responses) so all of the debrief is rendered open.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await check();
    }
    await visit(page, 'Progress', 'Your progress');
    await check();
    await visit(page, 'Teaching', 'Teaching with Balint Rehearsal');
    await check();
    expect(findings).toEqual([]);
  });

  test('the checker itself finds an injected handler and javascript: link (negative control)', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.innerHTML = '<p onclick="x()">p</p><a href=" javascript:x()">a</a><a href="https://example.org" target="_blank">b</a>';
      document.body.append(d);
    });
    const findings = await activeContentFindings(page);
    expect(findings.join('\n')).toMatch(/onclick[\s\S]*javascript:[\s\S]*noopener/);
  });
});

// ---------------------------------------------------------------------------------------------
// (d) No parser differential between jsdom (where the build sanitises) and Chromium.

test('(d) the sanitised XSS corpus stays inert when Chromium parses and inserts it', async ({ page }) => {
  const md = nodeMarkdown();
  const outputs = XSS_PAYLOADS.flatMap(({ name, payload }) => [
    { name: `${name} (inline)`, html: md.inline(payload) },
    { name: `${name} (block)`, html: md.block(payload) },
  ]);
  const violations = await recordCspViolations(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const { urls } = recordRequests(page.context(), page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
  const problems = await page.evaluate((items) => {
    const allowed = new Set(['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'br', 'code', 'blockquote', 'del']);
    const attrs = new Set(['href', 'title', 'rel', 'target']);
    const out: string[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    for (const { name, html } of items) {
      // Exactly what Svelte's {@html} does: parse into the live document.
      host.innerHTML = html;
      for (const el of Array.from(host.querySelectorAll('*'))) {
        if (!allowed.has(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') out.push(`${name}: <${el.localName}> (${el.namespaceURI})`);
        for (const a of Array.from(el.attributes)) if (!attrs.has(a.name)) out.push(`${name}: <${el.localName} ${a.name}>`);
        const href = el.getAttribute('href');
        if (href !== null && el.localName === 'a' && !/^(https:|mailto:|#)/i.test(href)) out.push(`${name}: href="${href}"`);
      }
      // Serialising and parsing again in Chromium must be a fixed point too.
      const once = host.innerHTML;
      host.innerHTML = once;
      if (host.innerHTML !== once) out.push(`${name}: unstable ${once} → ${host.innerHTML}`);
      host.innerHTML = '';
    }
    host.remove();
    return out;
  }, outputs);
  await page.waitForTimeout(300); // give any error/load event a chance to fire
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]); // a surviving handler would have been blocked, and reported
  expect(urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== ORIGIN)).toEqual([]);
  console.log(`[security] ${outputs.length} sanitised outputs (${XSS_PAYLOADS.length} payloads × inline/block) re-parsed in Chromium`);
});
