/**
 * The 'balint-html' Trusted Types policy (src/ui/trusted-html.ts):
 *   - jsdom has no `trustedTypes`, so the feature-detected fallback is what runs here: the same
 *     check, and a plain string back;
 *   - with a small fake `trustedTypes`, the policy is created once, under the name the CSP lists,
 *     and every string goes through its rule;
 *   - the rule's shape check accepts everything the sanitiser really produces (all built-in
 *     content, the whole XSS corpus, escaped choice text) and refuses everything else; and,
 *     checked with random strings, whatever it accepts parses (in jsdom) into nothing but
 *     allow-listed elements and attributes with a safe href.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent, nodeMarkdown } from '../../../src/tools/load-content';
import { transcript } from '../../../src/session/derive';
import { ALLOWED_ATTRS, ALLOWED_TAGS, SAFE_HREF } from '../../../src/script/html-allow-list';
import { TRUSTED_TYPES_POLICIES } from '../../../src/tools/csp';
import type { Script } from '../../../src/script/types';
import { XSS_PAYLOADS } from '../../fixtures/xss/payloads';
import { scriptHtml } from '../script-html';

type Module = typeof import('../../../src/ui/trusted-html');

/** A fresh copy of the module (its policy is created once per page, so once per import here). */
async function freshModule(): Promise<Module> {
  vi.resetModules();
  return import('../../../src/ui/trusted-html');
}

/** A stand-in for `window.trustedTypes` that records policies and wraps values. */
function fakeTrustedTypes() {
  const created: string[] = [];
  class FakeTrustedHTML {
    constructor(readonly value: string) {}
  }
  const factory = {
    createPolicy(name: string, rules: { createHTML: (s: string) => string }) {
      created.push(name);
      return { name, createHTML: (s: string) => new FakeTrustedHTML(rules.createHTML(s)) };
    },
  };
  return { factory, created, FakeTrustedHTML };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Every HTML string of a compiled script, as the views pass them to {@html}. */
const htmlOf = (s: Script): string[] => scriptHtml(s).map((x) => x.html);

describe('without Trusted Types (jsdom, older browsers)', () => {
  it('returns sanitised HTML unchanged, as a string, and creates no policy', async () => {
    expect((globalThis as { trustedTypes?: unknown }).trustedTypes).toBeUndefined();
    const { trustedHtml } = await freshModule();
    const html = '<p>A <a href="https://example.org" rel="noopener noreferrer" target="_blank">link</a> &amp; <em>more</em></p>';
    expect(trustedHtml(html)).toBe(html);
    expect(trustedHtml('')).toBe('');
  });

  it('refuses anything else: shown as escaped text, reported on the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { trustedHtml } = await freshModule();
    expect(trustedHtml('<img src=x onerror="alert(1)">')).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('balint-html');
  });
});

describe('with Trusted Types', () => {
  it('creates one policy, named as the CSP lists it, and wraps every value through it', async () => {
    const { factory, created, FakeTrustedHTML } = fakeTrustedTypes();
    vi.stubGlobal('trustedTypes', factory);
    const { trustedHtml, HTML_POLICY } = await freshModule();
    expect(created).toEqual([]); // created on first use, not on import
    const a = trustedHtml('<p>one</p>');
    const b = trustedHtml('<p>two</p>');
    expect(created).toEqual(['balint-html']);
    expect(HTML_POLICY).toBe('balint-html');
    expect(TRUSTED_TYPES_POLICIES).toContain(HTML_POLICY);
    expect(a).toBeInstanceOf(FakeTrustedHTML);
    expect((b as unknown as InstanceType<typeof FakeTrustedHTML>).value).toBe('<p>two</p>');
  });

  it("the policy's own rule refuses unsanitised HTML", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { factory, FakeTrustedHTML } = fakeTrustedTypes();
    vi.stubGlobal('trustedTypes', factory);
    const { trustedHtml } = await freshModule();
    const out = trustedHtml('<script>alert(1)</script>') as unknown as InstanceType<typeof FakeTrustedHTML>;
    expect(out.value).toBe('&#60;script&#62;alert(1)&#60;/script&#62;');
  });
});

describe('the shape check', () => {
  it('accepts every HTML string of every built-in module, and escaped choice text', async () => {
    const { isSanitisedShape } = await freshModule();
    const scripts = loadContent(process.cwd()).scripts;
    const all = scripts.flatMap(htmlOf);
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter((h) => !isSanitisedShape(h))).toEqual([]);
    // The learner's own turns: choice text, escaped by the transcript (hostile text included).
    const hostile = XSS_PAYLOADS.map((p) => p.payload);
    for (const s of scripts) {
      const scenes = s.scenes.filter((x) => x.choices.length).map((x) => ({ ...x, choices: x.choices.map((c, i) => ({ ...c, text: i ? c.text : hostile[c.id.length % hostile.length]! })) }));
      const trail = scenes.flatMap((x) => x.choices.map((c) => ({ scene: x.id, lines: [], choice: c.id })));
      const items = transcript({ ...s, scenes }, { trail } as unknown as Parameters<typeof transcript>[1]).filter((i) => i.kind === 'choice');
      expect(items.length).toBe(trail.length);
      expect(items.filter((i) => !isSanitisedShape(i.html))).toEqual([]);
    }
  }, 180_000); // every built-in module is compiled: seconds on two busy cores

  it('accepts the sanitiser output of the whole XSS corpus', async () => {
    const { isSanitisedShape } = await freshModule();
    const md = nodeMarkdown();
    const outputs = XSS_PAYLOADS.flatMap(({ payload }) => [md.inline(payload), md.block(payload)]);
    expect(outputs.filter((h) => !isSanitisedShape(h))).toEqual([]);
  });

  it.each([
    ['raw payload', '<img src=x onerror=alert(1)>'],
    ['script element', '<script>alert(1)</script>'],
    ['handler on an allowed tag', '<p onclick="alert(1)">x</p>'],
    ['handler after an allowed attribute', '<a href="https://x.org" onclick="alert(1)">x</a>'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['data: link', '<a href="data:text/html,x">x</a>'],
    ['unquoted attribute', '<a href=https://x.org>x</a>'],
    ['single-quoted attribute', "<a href='https://x.org'>x</a>"],
    ['style attribute', '<p style="color:red">x</p>'],
    ['data attribute', '<p data-x="1">x</p>'],
    ['attribute on a closing tag', '<p>x</p onclick="alert(1)">'],
    ['comment', '<!-- x --><p>x</p>'],
    ['svg', '<svg onload="alert(1)"></svg>'],
    ['tag whose name starts like an allowed one', '<pre>x</pre>'],
    ['self-closing syntax', '<br/>'],
    ['upper case', '<P>x</P>'],
    ['raw < in text', 'a < b'],
    ['double space before an attribute', '<a  href="https://x.org">x</a>'],
    ['split script', '<p>x</p><scr<script>ipt>alert(1)</script>'],
  ])('refuses %s', async (_name, html) => {
    const { isSanitisedShape } = await freshModule();
    expect(isSanitisedShape(html)).toBe(false);
  });

  it('whatever it accepts parses into allow-listed elements and attributes only (random strings)', async () => {
    const { isSanitisedShape } = await freshModule();
    const doc = new JSDOM('').window.document;
    const token = fc.oneof(
      fc.constantFrom(...ALLOWED_TAGS.map((t) => `<${t}>`), ...ALLOWED_TAGS.map((t) => `</${t}>`), '<a href="', '<a title="', '">', '"', ' ', '>', '<', '/', '='),
      fc.constantFrom(' href="', ' title="', ' onclick="', ' rel="', ' target="', ' style="', 'javascript:', 'https://x.org', '#a', 'mailto:a@b', '&lt;', '&#106;', '<script>', '<svg>', '<!--', '-->', '<math>', '<img src=x onerror=alert(1)>'),
      fc.string({ maxLength: 4 }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 24 }), (parts) => {
        const html = parts.join('');
        if (!isSanitisedShape(html)) return true;
        accepted++;
        const t = doc.createElement('template');
        t.innerHTML = html;
        for (const el of Array.from(t.content.querySelectorAll('*'))) {
          if (!ALLOWED_TAGS.includes(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
          for (const a of Array.from(el.attributes)) if (!ALLOWED_ATTRS.includes(a.name)) return false;
          const href = el.getAttribute('href');
          if (href !== null && !SAFE_HREF.test(href)) return false;
        }
        return true;
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    expect(accepted).toBeGreaterThan(100); // the property was really exercised
  });
});
