/**
 * Keeps the DOM XSS sinks few and named, by reading the source: the production CSP enforces
 * Trusted Types, so a string reaching a sink would throw in Chromium (and run in browsers
 * without Trusted Types). Checked here, without a browser:
 *   - every `{@html}` goes through `trustedHtml()` (src/ui/trusted-html.ts);
 *   - browser code (src/, except the Node-side build tools in src/tools/) has no other string
 *     sink, except the one worker the compile runs in (started with a TrustedScriptURL), and
 *     creates Trusted Types policies in three modules only;
 *   - the CSP's `trusted-types` list is exactly the policies that exist: Svelte's and DOMPurify's
 *     (read from the installed packages, so an upgrade that renames one fails here) and ours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRUSTED_TYPES_POLICIES } from '../../../src/tools/csp';
import { HTML_POLICY } from '../../../src/ui/trusted-html';
import { SW_POLICY } from '../../../src/app/register-sw';
import { WORKER_POLICY } from '../../../src/authoring/compile-off-page';

const root = process.cwd();

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

const browserFiles = filesUnder('src', /\.(ts|svelte)$/).filter((f) => !f.startsWith('src/tools/'));
const source = (f: string) => readFileSync(join(root, f), 'utf8');

/** String sinks under Trusted Types (and their near relatives that run strings as code). */
const SINKS: [string, RegExp][] = [
  ['innerHTML/outerHTML assignment', /\.(inner|outer)HTML\s*\+?=(?!=)/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['DOMParser', /DOMParser/],
  ['createContextualFragment', /createContextualFragment/],
  ['setHTMLUnsafe/parseHTMLUnsafe', /(set|parse)HTMLUnsafe/],
  ['srcdoc', /srcdoc/],
  ['on* attribute', /setAttribute\(\s*['"`]on/i],
  ['script element', /createElement\(\s*['"`]script/],
  ['Worker', /new (Shared)?Worker\(/],
  ['importScripts', /importScripts/],
  ['eval', /\beval\(|new Function\(/],
];

describe('sinks in the source', () => {
  it('finds the files it reads (control)', () => {
    expect(browserFiles.length).toBeGreaterThan(50);
    expect(browserFiles).toContain('src/ui/trusted-html.ts');
  });

  it('every {@html} goes through trustedHtml()', () => {
    const uses = browserFiles.filter((f) => f.endsWith('.svelte')).flatMap((f) => [...source(f).matchAll(/\{@html\s+([^}]*)\}/g)].map((m) => `${f}: ${m[1]}`));
    expect(uses.length).toBeGreaterThanOrEqual(11);
    expect(uses.filter((u) => !/: trustedHtml\(/.test(u))).toEqual([]);
  });

  it('each sink pattern matches what it names (control)', () => {
    const samples = ['el.innerHTML = s', 'insertAdjacentHTML(', 'document.write(s)', 'new DOMParser()', 'r.createContextualFragment(s)', 'el.setHTMLUnsafe(s)',
      'f.srcdoc = s', "el.setAttribute('onclick', s)", "document.createElement('script')", 'new Worker(u)', 'importScripts(u)', 'eval(s)'];
    expect(SINKS.map(([name, re], i) => [name, re.test(samples[i]!)])).toEqual(SINKS.map(([name]) => [name, true]));
    expect(SINKS[0]![1].test('if (el.innerHTML === s)')).toBe(false);
  });

  it('browser code has no other string sink than the compile worker, whose URL a policy vouches for', () => {
    const found = browserFiles.flatMap((f) => SINKS.filter(([, re]) => re.test(source(f))).map(([name]) => `${f}: ${name}`));
    expect(found).toEqual(['src/authoring/compile-off-page.ts: Worker']);
    expect(source('src/authoring/compile-off-page.ts')).toMatch(/new Worker\(\(policy \? policy\.createScriptURL\(workerUrl\)/);
  });

  it('Trusted Types policies are created in three modules only', () => {
    const creators = browserFiles.filter((f) => /createPolicy\(/.test(source(f)));
    expect(creators.sort()).toEqual(['src/app/register-sw.ts', 'src/authoring/compile-off-page.ts', 'src/ui/trusted-html.ts']);
  });
});

describe("the CSP's trusted-types list", () => {
  const policyNames = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/createPolicy\(\s*(['"])([^'"]+)\1/g)].map((m) => m[2]);

  it("names Svelte's and DOMPurify's policies as the installed packages create them", () => {
    const svelte = filesUnder('node_modules/svelte/src/internal/client', /\.js$/).flatMap(policyNames);
    expect(svelte).toEqual(['svelte-trusted-html']);
    // DOMPurify builds its name at run time: "dompurify", plus "#suffix" only when its <script>
    // tag carries data-tt-policy-suffix (never here: it is bundled).
    expect(readFileSync(join(root, 'node_modules/dompurify/dist/purify.es.mjs'), 'utf8')).toContain('const policyName = "dompurify" + (suffix ? "#" + suffix : "");');
  });

  it('is exactly the policies that exist', () => {
    expect([...TRUSTED_TYPES_POLICIES].sort()).toEqual(['svelte-trusted-html', HTML_POLICY, SW_POLICY, WORKER_POLICY, 'dompurify'].sort());
  });
});
