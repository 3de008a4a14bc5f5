/**
 * The one door through which an HTML string reaches the page. The production CSP enforces
 * Trusted Types (`require-trusted-types-for 'script'`), so `{@html s}` with a plain string throws;
 * every view writes `{@html trustedHtml(s)}` instead, and this module owns the app's only HTML
 * policy, 'balint-html' (the CSP's `trusted-types` directive names it; a unit test keeps every
 * `{@html}` going through here).
 *
 * Where the strings come from, and why a check (not a second sanitiser) is enough:
 * - built-in script text (introduction, lines, feedback, debrief) is Markdown that marked renders
 *   and DOMPurify sanitises at build time (`src/script/markdown.ts`, in jsdom) to a small
 *   allow-list (`src/script/html-allow-list.ts`). It ships as data inside the app's own
 *   same-origin chunks: whoever could change it could change the code next to it anyway;
 * - an instructor's own script (authoring screen) and a case file from the learner's library
 *   (stored as Markdown source only, compiled again when opened) go through the same renderer, in
 *   the browser (`src/authoring/compile-in-browser.ts`);
 * - the learner's choices are plain text, escaped in `src/session/derive.ts`;
 * - nothing read from storage, backups, receipts, assignment links or the LMS is ever HTML.
 * Running DOMPurify again here would put it (11.5 kB gzip, measured) into the player, for strings
 * that are already its output. Instead the policy checks, in a few lines, that the string has the
 * shape a sanitiser's serialisation takes: text without a raw `<`, and tags from the allow-list
 * whose only attributes are allow-listed, double-quoted, with an https:/mailto:/# href. A string
 * of that shape cannot parse into a script, a handler or a script URL, whatever produced it.
 * Anything else is refused: shown as escaped text and reported on the console, so a future code
 * path that routes unsanitised text here fails safe and visibly. The same check runs where
 * `window.trustedTypes` is absent (jsdom, older browsers), which then get a plain string.
 */
import { ALLOWED_ATTRS, ALLOWED_TAGS, SAFE_HREF } from '../script/html-allow-list';

/** The policy's name, as the CSP lists it. */
export const HTML_POLICY = 'balint-html';

/** What `{@html}` and innerHTML accept: a TrustedHTML where Trusted Types exist, else a string. */
export type TrustedHtml = string | { readonly __brand: 'TrustedHTML' };

/** The part of `window.trustedTypes` this module uses. */
export interface HtmlPolicyFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): { createHTML(input: string): unknown };
}

const TAG = new RegExp(`<(/?)(${ALLOWED_TAGS.join('|')})((?: [a-z]+="[^"]*")*)>`, 'y');
const ATTR = / ([a-z]+)="([^"]*)"/g;

/** True when `html` has the shape of the sanitiser's output (see the header). */
export function isSanitisedShape(html: string): boolean {
  let at = html.indexOf('<');
  while (at !== -1) {
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) return false;
    const [whole, closing, , attrs = ''] = tag;
    if (closing && attrs) return false;
    for (const [, name = '', value = ''] of attrs.matchAll(ATTR)) {
      if (!ALLOWED_ATTRS.includes(name)) return false;
      if (name === 'href' && !SAFE_HREF.test(value)) return false;
    }
    at = html.indexOf('<', at + whole.length);
  }
  return true;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The policy's rule: pass sanitised-shaped HTML, turn anything else into escaped text. */
function vet(html: string): string {
  if (isSanitisedShape(html)) return html;
  console.error(`[${HTML_POLICY}] refused HTML that is not sanitiser output; showing it as text:`, html.slice(0, 200));
  return escape(html);
}

// undefined: not looked up yet; null: no Trusted Types in this browser (or test environment).
let policy: { createHTML(input: string): unknown } | null | undefined;

function htmlPolicy() {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: HtmlPolicyFactory }).trustedTypes;
    policy = factory ? factory.createPolicy(HTML_POLICY, { createHTML: vet }) : null;
  }
  return policy;
}

/** Sanitised HTML (script text, escaped choices) made acceptable to `{@html}` under Trusted Types. */
export function trustedHtml(html: string): TrustedHtml {
  const p = htmlPolicy();
  return (p ? p.createHTML(html) : vet(html)) as TrustedHtml;
}
