/**
 * The format guide inside the app: the format part of `content/README.md` (from "The parts of a
 * script" up to the annotated example), read when the app is built, so the guide an author reads
 * in the app is the one the repository documents. Turned into plain data (types.ts `GuideBlock`)
 * that the view renders as elements, so no HTML string is ever made: nothing needs sanitising and
 * nothing goes through Trusted Types. Links keep their text and lose their target: a hosted author
 * cannot follow a link into the repository, and the guide never leads out of the app. Loaded
 * (with marked's lexer) only when the guide is opened.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import readme from '../../content/README.md?raw';
import type { GuideBlock, GuideInline } from './types';

/** Where the format part of the README starts and where it ends. */
const FROM = '## The parts of a script';
const TO = '## A complete, annotated example';

/** The format part of a README, as Markdown ('' when its headings are not found). */
export function formatPart(markdown: string): string {
  const text = markdown.replace(/\r\n?/g, '\n');
  const start = text.indexOf(FROM);
  const end = text.indexOf(TO, start);
  return start < 0 || end < 0 ? '' : text.slice(start, end).trim();
}

function inline(tokens: readonly Token[] | undefined): GuideInline[] {
  const out: GuideInline[] = [];
  for (const t of tokens ?? []) {
    if (t.type === 'codespan') out.push({ kind: 'code', text: (t as Tokens.Codespan).text });
    else if (t.type === 'strong' || t.type === 'em') out.push({ kind: t.type, children: inline((t as Tokens.Strong).tokens) });
    else if ('tokens' in t && t.tokens?.length) out.push(...inline(t.tokens));
    else if (t.type === 'br') out.push({ kind: 'text', text: ' ' });
    else out.push({ kind: 'text', text: 'text' in t ? String(t.text) : t.raw });
  }
  return out;
}

/** The guide's blocks from Markdown (headings keep their level: the guide sits under the screen's h1). */
export function guideBlocks(markdown: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  for (const t of new Lexer().lex(markdown)) {
    if (t.type === 'heading') {
      const level = Math.min(4, Math.max(2, (t as Tokens.Heading).depth)) as 2 | 3 | 4;
      blocks.push({ kind: 'heading', level, children: inline(t.tokens) });
    } else if (t.type === 'paragraph') blocks.push({ kind: 'paragraph', children: inline(t.tokens) });
    else if (t.type === 'list') {
      const list = t as Tokens.List;
      blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map((i) => inline(i.tokens)) });
    } else if (t.type === 'table') {
      const table = t as Tokens.Table;
      blocks.push({ kind: 'table', header: table.header.map((c) => inline(c.tokens)), rows: table.rows.map((r) => r.map((c) => inline(c.tokens))) });
    } else if (t.type === 'code') blocks.push({ kind: 'code', text: (t as Tokens.Code).text });
  }
  return blocks;
}

/** The guide as the app shows it. */
export const FORMAT_GUIDE: GuideBlock[] = guideBlocks(formatPart(readme));
