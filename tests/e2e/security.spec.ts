/**
 * Security properties of the production build, in Chromium:
 *   (a) the Content-Security-Policy is delivered (meta tag and header), with Trusted Types
 *       enforced and only the app's named policies allowed, and it is really enforced (string
 *       sinks throw, no other policy can be made, inline script, handlers and javascript: URLs
 *       do not run); that nothing the app does violates it is csp-every-screen.spec.ts;
 *   (b) nothing leaves the device: every request of a full visit goes to the app's own origin;
 *   (c) built-in content renders inert: no event-handler attribute, no javascript: URL;
 *   (d) the XSS corpus, sanitised at build time in jsdom, stays inert when Chromium parses it
 *       (no parser differential / mutation XSS between jsdom and the browser).
 */
import { expect, test, type Page } from '@playwright/test';
import { startModule, step } from './support/player';
import { plansToEndings, randomPlan, script, scripts, type PlanStep } from './support/plans';
import { activeContentFindings, openLab, ORIGIN, recordCspViolations, recordRequests } from './support/security-probes';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS, TRUSTED_TYPES_POLICIES } from '../../src/tools/csp';
import { nodeMarkdown } from '../../src/tools/load-content';
import { XSS_PAYLOADS } from '../fixtures/xss/payloads';

type Injected = Window & { __injected?: number };
/** The part of `window.trustedTypes` the tests use (TypeScript's DOM types do not have it yet). */
type WithTrustedTypes = { trustedTypes?: { defaultPolicy: unknown; createPolicy(name: string, rules: object): unknown } };

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
// (a) Content-Security-Policy and Trusted Types.

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
      // Trusted Types: enforced, and only the app's named policies, no duplicates, no default.
      expect(policy).toContain("require-trusted-types-for 'script'");
      const names = policy.split('; ').find((d) => d.startsWith('trusted-types '))!.split(' ').slice(1);
      expect(names).toEqual([...TRUSTED_TYPES_POLICIES]);
      expect(names).not.toContain("'allow-duplicates'");
      expect(names).not.toContain('default');
    }
    const tt = await page.evaluate(() => (window as unknown as WithTrustedTypes).trustedTypes && { defaultPolicy: (window as unknown as WithTrustedTypes).trustedTypes!.defaultPolicy });
    expect(tt).toEqual({ defaultPolicy: null }); // Trusted Types present, and no default policy
    // The worker script gets the header too (Trusted Types hold in the worker), and so is one
    // self-contained file: an importScripts() with a string would be blocked there.
    const sw = await page.request.get('/sw.js');
    expect(sw.headers()['content-security-policy']).toBe(CSP_HEADER);
    expect(await sw.text()).not.toMatch(/importScripts\(/);
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

  test('Trusted Types are enforced: string sinks throw, and no other policy can be made', async ({ page }) => {
    const all = await recordCspViolations(page);
    await page.goto('/#/module/first-group'); // its introduction is {@html}: the app's policy exists
    await expect(page.getByRole('button', { name: 'Begin', exact: true })).toBeVisible();
    const results = await page.evaluate(async () => {
      const attempt = async (f: () => unknown) => {
        try {
          await f();
          return 'allowed';
        } catch (e) {
          return e instanceof TypeError ? 'TypeError' : String(e);
        }
      };
      const tt = (window as unknown as WithTrustedTypes).trustedTypes!;
      const pass = { createHTML: (s: string) => s };
      return {
        innerHTML: await attempt(() => (document.body.appendChild(document.createElement('div')).innerHTML = '<img src=x onerror="window.__injected=1">')),
        scriptText: await attempt(() => (document.createElement('script').textContent = 'window.__injected = 2')),
        handlerAttribute: await attempt(() => document.createElement('img').setAttribute('onerror', 'window.__injected = 3')),
        scriptSrc: await attempt(() => (document.createElement('script').src = '/evil.js')),
        serviceWorker: await attempt(() => navigator.serviceWorker.register('/evil-sw.js')),
        unlistedPolicy: await attempt(() => tt.createPolicy('attacker', pass)),
        defaultPolicy: await attempt(() => tt.createPolicy('default', pass)),
        svelteAgain: await attempt(() => tt.createPolicy('svelte-trusted-html', pass)),
        appAgain: await attempt(() => tt.createPolicy('balint-html', pass)),
      };
    });
    expect(results).toEqual({
      innerHTML: 'TypeError', scriptText: 'TypeError', handlerAttribute: 'TypeError', scriptSrc: 'TypeError', serviceWorker: 'TypeError',
      unlistedPolicy: 'TypeError', defaultPolicy: 'TypeError', svelteAgain: 'TypeError', appAgain: 'TypeError',
    });
    expect(await page.evaluate(() => (window as Injected).__injected)).toBeUndefined();
    await expect.poll(() => all.length).toBeGreaterThanOrEqual(7);
    expect(new Set(all.map((v) => v.directive))).toEqual(new Set(['require-trusted-types-for', 'trusted-types']));
    // Each is reported once per policy (meta and header); the refused names are exactly these.
    const refused = new Set(all.filter((v) => v.directive === 'trusted-types').map((v) => v.sample));
    expect(refused).toEqual(new Set(['attacker', 'default', 'svelte-trusted-html', 'balint-html']));
  });

  test('the policy is enforced: injected inline script and a javascript: URL do not run, and are reported', async ({ page }) => {
    const all = await recordCspViolations(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
    await page.evaluate(() => {
      // Text added as a node, not through a string sink: script-src (and Trusted Types) stop it.
      const s = document.createElement('script');
      s.append(document.createTextNode('window.__injected = 1'));
      document.body.append(s);
      const a = document.createElement('a');
      a.href = 'javascript:window.__injected=2';
      document.body.append(a);
      a.click();
    });
    await expect.poll(() => all.length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as Injected).__injected)).toBeUndefined();
    expect(all.map((v) => v.blocked)).toContain('inline');
    expect(all.every((v) => v.directive.startsWith('script-src') || v.directive === 'require-trusted-types-for'), JSON.stringify(all)).toBe(true);
  });

  test('without Trusted Types, script-src alone still blocks inline script, an inline handler and a javascript: URL', async ({ page }) => {
    const all = await recordCspViolations(page);
    await openLab(page);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__injected = 2');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      const a = document.createElement('a');
      a.href = 'javascript:window.__injected=3';
      document.body.append(a);
      a.click();
    });
    await expect.poll(() => all.length).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => (window as Injected).__injected)).toBeUndefined();
    expect(all.every((v) => v.directive.startsWith('script-src')), JSON.stringify(all)).toBe(true);
    expect(all.map((v) => v.blocked)).toContain('inline');
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
    await openLab(page); // the app's page would refuse the string (Trusted Types)
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
  // Inserting strings takes a page without Trusted Types (the app's own would refuse them);
  // script-src is the same as the app's, so a surviving handler would still be blocked, and reported.
  await openLab(page);
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
