/**
 * Markdown → sanitised HTML for script text, in two steps that can run in different places:
 * marked turns Markdown into HTML and drops any raw HTML the author typed (markdown-html.ts, no
 * DOM needed), then DOMPurify, with a small allow-list, makes sure no script, event handler,
 * style or `javascript:` URL survives (it needs a DOM: jsdom at build time, the page in the
 * browser). At build time both run here, one after the other (`createMarkdown`); in the browser
 * marked runs in the compile worker and only the sanitiser on the page (src/authoring).
 *
 * Nothing here assigns to innerHTML: under Trusted Types (in the browser) DOMPurify parses through
 * its own 'dompurify' policy, in an inert document of its own, never the live page;
 * `text()` reads a DOMPurify fragment. One sanitiser per page is all the app ever needs (a second
 * one could not create that policy again).
 */
import createDOMPurify from 'dompurify';
import { ALLOWED_ATTRS, ALLOWED_TAGS, SAFE_HREF } from './html-allow-list';
import { createMarkdownToHtml } from './markdown-html';

/** Renders the Markdown of one script. `line` (where the text starts) is for renderers that record it. */
export interface MarkdownRenderer {
  /** Inline Markdown (a line of dialogue) → safe HTML without a wrapping paragraph. */
  inline(markdown: string, line?: number): string;
  /** Block Markdown (feedback, debrief, introduction) → safe HTML. */
  block(markdown: string, line?: number): string;
  /** Safe HTML → plain text. */
  text(html: string): string;
}

/** The DOM half: HTML made by Markdown → the allow-listed subset, and safe HTML → text. */
export interface Sanitiser {
  /** HTML → safe HTML, trimmed. */
  clean(html: string): string;
  /** Safe HTML → plain text. */
  text(html: string): string;
}

/** Build the sanitiser on a DOM window (the browser's, or jsdom's at build time). */
export function createSanitiser(window: Window & typeof globalThis): Sanitiser {
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
  const config = { ALLOWED_TAGS: [...ALLOWED_TAGS], ALLOWED_ATTR: [...ALLOWED_ATTRS], ALLOW_DATA_ATTR: false };
  return {
    clean: (html) => (purify.sanitize(html, config) as string).trim(),
    text(html) {
      const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
      // Without markup or character references the text is the string itself (most lines).
      if (!/[<&\0]/.test(html)) return collapse(html);
      const spaced = html.replace(/<\/(li|p|blockquote)>|<br\s*\/?>/gi, ' $&');
      return collapse(purify.sanitize(spaced, { ...config, RETURN_DOM_FRAGMENT: true }).textContent ?? '');
    },
  };
}

/** Build a renderer on a DOM window: marked and the sanitiser in one place (build time, tests). */
export function createMarkdown(window: Window & typeof globalThis): MarkdownRenderer {
  const toHtml = createMarkdownToHtml();
  const sanitiser = createSanitiser(window);
  return {
    inline: (md) => sanitiser.clean(toHtml.inline(md)),
    block: (md) => sanitiser.clean(toHtml.block(md)),
    text: sanitiser.text,
  };
}
