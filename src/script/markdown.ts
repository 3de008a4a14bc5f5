/**
 * Markdown → sanitised HTML for script text. marked does the Markdown; DOMPurify, with a small
 * allow-list, makes sure no script, event handler, style or `javascript:` URL survives. The window
 * is injected so the same code runs at build time (jsdom) and in the browser (imported scripts).
 */
import { Marked } from 'marked';
import createDOMPurify from 'dompurify';

/** Renders the Markdown of one script. */
export interface MarkdownRenderer {
  /** Inline Markdown (a line of dialogue) → safe HTML without a wrapping paragraph. */
  inline(markdown: string): string;
  /** Block Markdown (feedback, debrief, introduction) → safe HTML. */
  block(markdown: string): string;
  /** Safe HTML → plain text. */
  text(html: string): string;
}

const ALLOWED_TAGS = ['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'br', 'code', 'blockquote', 'del'];
const ALLOWED_ATTR = ['href', 'title'];
const SAFE_HREF = /^(https:\/\/|mailto:|#)/i;

/** Build a renderer on a DOM window (the browser's, or jsdom's at build time). */
export function createMarkdown(window: Window & typeof globalThis): MarkdownRenderer {
  const purify = createDOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') {
      node.removeAttribute('href');
      return;
    }
    const href = node.getAttribute('href') ?? '';
    if (!SAFE_HREF.test(href)) node.removeAttribute('href');
    else if (!href.startsWith('#')) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  const marked = new Marked({ async: false, gfm: true, breaks: false });
  const clean = (html: string) =>
    purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'target'], ALLOW_DATA_ATTR: false }) as string;
  const div = window.document.createElement('div');
  return {
    inline: (md) => clean(marked.parseInline(md) as string).trim(),
    block: (md) => clean(marked.parse(md) as string).trim(),
    text(html) {
      div.innerHTML = html.replace(/<\/(li|p|blockquote)>|<br\s*\/?>/gi, ' $&');
      return (div.textContent ?? '').replace(/\s+/g, ' ').trim();
    },
  };
}
