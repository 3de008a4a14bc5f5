/**
 * The sanitiser's contract for HTML that script text becomes (src/script/markdown.ts), as a
 * checker shared by the security tests: parse with jsdom and list every breach.
 */
import { JSDOM } from 'jsdom';

export const ALLOWED_TAGS = new Set(['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'br', 'code', 'blockquote', 'del']);
/** Attributes the sanitiser may leave (href/title from the author, rel/target from its link hook). */
export const ALLOWED_ATTRS = new Set(['href', 'title', 'rel', 'target']);
export const SAFE_HREF = /^(https:|mailto:|#)/i;
const EXTERNAL_HREF = /^(https:|mailto:)/i;
const XHTML = 'http://www.w3.org/1999/xhtml';

/** A separate jsdom window that never runs scripts, used only to parse output. */
const parser = new JSDOM('').window;

function parseFragment(html: string): DocumentFragment {
  const t = parser.document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

function serialise(frag: DocumentFragment): string {
  const t = parser.document.createElement('template');
  t.content.append(frag.cloneNode(true));
  return t.innerHTML;
}

/** Every way an HTML string breaks the sanitiser's contract (empty when it is safe). */
export function htmlProblems(html: string): string[] {
  const out: string[] = [];
  const frag = parseFragment(html);
  for (const el of Array.from(frag.querySelectorAll('*'))) {
    const tag = el.localName;
    if (el.namespaceURI !== XHTML) out.push(`<${tag}> in namespace ${el.namespaceURI}`);
    if (!ALLOWED_TAGS.has(tag)) out.push(`element <${tag}> is not allow-listed`);
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) out.push(`<${tag}> has event handler ${a.name}="${a.value}"`);
      else if (name === 'style') out.push(`<${tag}> has style="${a.value}"`);
      else if (!ALLOWED_ATTRS.has(name)) out.push(`<${tag}> has unexpected attribute ${a.name}`);
      if (/^\s*(javascript|vbscript|data):/i.test(a.value.replace(/[\u0000-\u001f\s]/g, ''))) out.push(`<${tag} ${a.name}> holds a script URL`);
    }
    const href = el.getAttribute('href');
    if (href !== null) {
      if (!SAFE_HREF.test(href)) out.push(`<${tag}> href="${href}" is not https:, mailto: or #`);
      if (EXTERNAL_HREF.test(href) && tag === 'a') {
        const rel = new Set((el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/));
        if (!rel.has('noopener') || !rel.has('noreferrer')) out.push(`external link ${href} has rel="${el.getAttribute('rel')}"`);
      }
    }
    const target = el.getAttribute('target');
    if (target !== null && target !== '_blank') out.push(`<${tag}> target="${target}"`);
  }
  // mXSS guard: the output must parse back to itself, so a second parse (the browser's, when
  // Svelte inserts it) cannot build a different tree from the one that was checked.
  const once = serialise(frag);
  const twice = serialise(parseFragment(once));
  if (once !== twice) out.push(`output is not stable under re-parsing: ${JSON.stringify(once)} → ${JSON.stringify(twice)}`);
  return out;
}
