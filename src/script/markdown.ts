/**
 * Markdown → sanitised HTML for script text. marked does the Markdown; DOMPurify, with a small
 * allow-list, makes sure no script, event handler, style or `javascript:` URL survives. The window
 * is injected so the same code runs at build time (jsdom) and in the browser (imported scripts).
 * Nothing here assigns to innerHTML: under Trusted Types (in the browser) DOMPurify parses
 * through its own 'dompurify' policy, and `text()` reads a DOMPurify fragment, so one renderer
 * per page is all the app ever needs (a second one could not create that policy again).
 */
import { Marked } from 'marked';
import createDOMPurify from 'dompurify';
import { ALLOWED_ATTRS, ALLOWED_TAGS, SAFE_HREF } from './html-allow-list';

/** Renders the Markdown of one script. */
export interface MarkdownRenderer {
  /** Inline Markdown (a line of dialogue) → safe HTML without a wrapping paragraph. */
  inline(markdown: string): string;
  /** Block Markdown (feedback, debrief, introduction) → safe HTML. */
  block(markdown: string): string;
  /** Safe HTML → plain text. */
  text(html: string): string;
}

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
  const config = { ALLOWED_TAGS: [...ALLOWED_TAGS], ALLOWED_ATTR: [...ALLOWED_ATTRS], ALLOW_DATA_ATTR: false };
  const clean = (html: string) => purify.sanitize(html, config) as string;
  return {
    inline: (md) => clean(marked.parseInline(md) as string).trim(),
    block: (md) => clean(marked.parse(md) as string).trim(),
    text(html) {
      const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
      // Without markup or character references the text is the string itself (most lines).
      if (!/[<&\0]/.test(html)) return collapse(html);
      const spaced = html.replace(/<\/(li|p|blockquote)>|<br\s*\/?>/gi, ' $&');
      return collapse(purify.sanitize(spaced, { ...config, RETURN_DOM_FRAGMENT: true }).textContent ?? '');
    },
  };
}
