/**
 * Markdown → HTML with marked, and no raw HTML: the HTML an author types into a script (`<img
 * onerror>`, `<span style>`, `<base href>`) is removed here, before any HTML parser sees it, and
 * so is the text inside elements whose content is never text (a script, a style sheet, an iframe,
 * an SVG). What remains is only what Markdown syntax itself makes (paragraphs, emphasis, lists,
 * links, code), which the sanitiser (markdown.ts) then holds to the allow-list.
 *
 * Why here and not only in the sanitiser: under the app's Content-Security-Policy Chromium reports
 * a violation (and logs a console error) for every inline handler and style attribute it parses,
 * in any document of the page, inert or not (measured: a document from the DOM parser API, one from
 * `createHTMLDocument('')` and a template all report them), although nothing runs. Markup that
 * never reaches a parser causes no report. This module needs no DOM, so it also runs in the
 * compile worker (src/authoring/compile-worker.ts).
 */
import { Marked, type Token, type Tokens } from 'marked';
import { MAX_TEXT_ELEMENTS } from './limits';

/** Markdown → HTML made by Markdown syntax only, not yet sanitised. */
export interface MarkdownToHtml {
  /** Inline Markdown (a line of dialogue), without a wrapping paragraph. */
  inline(markdown: string): string;
  /** Block Markdown (feedback, debrief, introduction). */
  block(markdown: string): string;
}

/** Elements whose content is removed with them (as the sanitiser would). */
const NOT_TEXT = /^<\s*(script|style|textarea|title|iframe|noscript|noembed|noframes|xmp|template|svg|math|object|select|plaintext)\b[^>]*?(\/)?>/i;

/** Blank the tokens between an inline `<script>`-like tag and its closing tag, in every token list (iterative). */
function dropNonTextContent(tokens: Token[]) {
  const lists: Token[][] = [tokens];
  while (lists.length) {
    let open: RegExp | null = null;
    for (const token of lists.pop()!) {
      const t = token as Token & Record<string, unknown>;
      if (open) {
        const closes = t.type === 'html' && open.test(t.raw);
        for (const k of Object.keys(t)) delete t[k];
        Object.assign(t, { type: 'html', raw: '', text: '', pre: false, block: false } satisfies Tokens.HTML);
        if (closes) open = null;
        continue;
      }
      if (t.type === 'html') {
        const m = NOT_TEXT.exec(t.raw);
        const close = m && new RegExp(`^<\\/\\s*${m[1]}\\s*>`, 'i');
        // An HTML block holds its closing tag itself; an inline tag leaves the content to its siblings.
        if (m && close && !m[2] && !new RegExp(`</\\s*${m[1]}`, 'i').test(t.raw)) open = close;
      }
      if (Array.isArray(t.tokens)) lists.push(t.tokens as Token[]);
      if (Array.isArray(t.items)) for (const item of t.items as Tokens.ListItem[]) lists.push(item.tokens);
      if (Array.isArray(t.header)) for (const cell of t.header as Tokens.TableCell[]) lists.push(cell.tokens);
      if (Array.isArray(t.rows)) for (const row of t.rows as Tokens.TableCell[][]) for (const cell of row) lists.push(cell.tokens);
    }
  }
}

/** A piece of text became more elements than MAX_TEXT_ELEMENTS (the sanitiser's work grows with them). */
export class TooMuchFormatting extends Error {
  constructor(readonly elements: number) {
    super(`${elements} elements`);
    this.name = 'TooMuchFormatting';
  }
}

/** `html`, unless it holds more elements than the limit (every `<` marked writes starts a tag; text has `&lt;`). */
function bounded(html: string): string {
  let elements = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) if (html[i + 1] !== '/') elements++;
  if (elements > MAX_TEXT_ELEMENTS) throw new TooMuchFormatting(elements);
  return html;
}

/** A marked instance that renders no raw HTML; a piece over MAX_TEXT_ELEMENTS throws TooMuchFormatting. */
export function createMarkdownToHtml(): MarkdownToHtml {
  const marked = new Marked({
    async: false,
    gfm: true,
    breaks: false,
    renderer: { html: () => '' },
    hooks: {
      processAllTokens(tokens) {
        dropNonTextContent(tokens as Token[]);
        return tokens;
      },
    },
  });
  return {
    inline: (md) => bounded(marked.parseInline(md) as string),
    block: (md) => bounded(marked.parse(md) as string),
  };
}
