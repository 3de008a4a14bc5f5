/**
 * Markdown rendering and sanitising (src/script/markdown.ts) on the jsdom window the build uses.
 * Everything a script author writes goes through this, so nothing executable may survive. Raw HTML
 * the author types is removed before any HTML parser sees it (src/script/markdown-html.ts; the text
 * between inline tags stays, the content of a script, style, iframe or svg does not), and the
 * sanitiser holds what Markdown syntax makes to the allow-list.
 */
import { describe, expect, it } from 'vitest';
import { nodeMarkdown } from '../../../src/tools/load-content';
import { validFixture } from '../compile-fixture';

const md = nodeMarkdown();

describe('markdown: what is removed', () => {
  it('removes script tags and keeps the text around them', () => {
    expect(md.inline('Hello <script>alert(1)</script> there')).toBe('Hello  there');
    expect(md.block('Hello <script>alert(1)</script> there')).toBe('<p>Hello  there</p>');
  });

  it('removes raw HTML tags, event handlers with them, and keeps the text of inline ones', () => {
    expect(md.inline('<a href="https://example.org" onclick="alert(1)">x</a>')).toBe('x');
    expect(md.block('<p onclick="alert(1)">p</p>')).toBe('');
    expect(md.block('Before <b onclick="alert(1)">bold</b> after')).toBe('<p>Before bold after</p>');
    expect(md.inline('<img src=x onerror="alert(1)">')).toBe('');
    expect(md.inline('<details open ontoggle=alert(1)>')).toBe('');
  });

  it('removes javascript: links, however they are spelled', () => {
    expect(md.inline('[x](javascript:alert(1))')).toBe('<a>x</a>');
    expect(md.inline('<a href="JaVaScRiPt:alert(1)">x</a>')).toBe('x');
    expect(md.inline('<a href=" javascript:alert(1)">x</a>')).toBe('x');
    expect(md.inline('[x](JaVaScRiPt:alert(1))')).toBe('<a>x</a>');
    expect(md.inline('[x](javascript&#58;alert(1))')).toBe('<a>x</a>');
  });

  it('removes data: URLs from links and drops images', () => {
    expect(md.inline('[x](data:text/html;base64,PHNjcmlwdD4=)')).toBe('<a>x</a>');
    expect(md.inline('<a href="data:text/html,hi">d</a>')).toBe('d');
    expect(md.inline('![i](https://example.org/i.png)')).toBe('');
    expect(md.inline('<img src="data:image/png;base64,AAAA">')).toBe('');
  });

  it('removes plain http links, keeping their text', () => {
    expect(md.inline('[site](http://example.org)')).toBe('<a>site</a>');
  });

  it('removes iframes, with src or srcdoc', () => {
    expect(md.inline('<iframe srcdoc="<script>alert(1)</script>"></iframe>after')).toBe('after');
    expect(md.inline('<iframe src="https://example.org"></iframe>after')).toBe('after');
  });

  it('removes svg with onload, and math', () => {
    expect(md.inline('<svg onload="alert(1)"><circle/></svg>')).toBe('');
    expect(md.inline('<math><mi xlink:href="javascript:alert(1)">x</mi></math>')).toBe('');
  });

  it('removes style attributes and style elements', () => {
    expect(md.inline('<em style="color:red">hi</em>')).toBe('hi');
    expect(md.inline('<style>p{color:red}</style>text')).toBe('text');
  });

  it('removes forms, objects and embeds', () => {
    expect(md.inline('<form action="https://example.org"><input></form>')).toBe('');
    expect(md.inline('<object data="x"></object><embed src="x">')).toBe('');
  });

  it('unwraps tags outside the allow-list and keeps their text', () => {
    expect(md.inline('<div>d</div>')).toBe('d');
    expect(md.inline('<span class="x">s</span>')).toBe('s');
  });
});

describe('markdown: what survives', () => {
  it('opens https links in a new tab with rel="noopener noreferrer"', () => {
    expect(md.inline('[site](https://example.org)')).toBe('<a href="https://example.org" rel="noopener noreferrer" target="_blank">site</a>');
    expect(md.inline('[x](https://example.org "t")')).toBe('<a href="https://example.org" title="t" rel="noopener noreferrer" target="_blank">x</a>');
  });

  it('keeps mailto links and link titles', () => {
    expect(md.inline('[mail](mailto:a@example.org)')).toBe('<a href="mailto:a@example.org" rel="noopener noreferrer" target="_blank">mail</a>');
    expect(md.inline('[t](https://example.org "Title")')).toBe(
      '<a href="https://example.org" title="Title" rel="noopener noreferrer" target="_blank">t</a>',
    );
  });

  it('keeps in-page links in the same tab', () => {
    expect(md.inline('[a](#b)')).toBe('<a href="#b">a</a>');
  });

  it('keeps emphasis, strong, strikethrough and code', () => {
    expect(md.inline('*em* and **strong**, ~~del~~ and `<script>`')).toBe(
      '<em>em</em> and <strong>strong</strong>, <del>del</del> and <code>&lt;script&gt;</code>',
    );
  });

  it('keeps paragraphs, lists and quotes in blocks', () => {
    expect(md.block('- one\n- two\n\n1. a\n2. b\n\nPara *x*')).toBe(
      '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n<p>Para <em>x</em></p>',
    );
    expect(md.block('> quote')).toBe('<blockquote>\n<p>quote</p>\n</blockquote>');
  });

  it('renders inline Markdown without a wrapping paragraph', () => {
    expect(md.inline('Just *this*.')).toBe('Just <em>this</em>.');
    expect(md.block('Just *this*.')).toBe('<p>Just <em>this</em>.</p>');
  });
});

describe('markdown: text()', () => {
  it('gives plain text with whitespace collapsed', () => {
    expect(md.text('<p>Hello <em>there</em>,\n   friend</p>')).toBe('Hello there, friend');
  });

  it('decodes entities', () => {
    expect(md.text(md.inline('Tom &amp; <b>Jerry</b> & "quotes"'))).toBe('Tom & Jerry & "quotes"');
  });
});

describe('markdown in a compiled script', () => {
  it('sanitises lines and feedback written with raw HTML', () => {
    const script = validFixture('markdown-raw-html');
    const line = script.scenes[0]!.lines[0]!;
    expect(line.html).toBe('I keep <em>thinking</em> about her. <a>Why?</a>');
    expect(line.text).toBe('I keep thinking about her. Why?');
    expect(script.scenes[0]!.choices[0]!.feedback.happened).toBe(
      '<p>Ana goes on. </p>\n<ul>\n<li><strong>slower</strong></li>\n<li>quieter</li>\n</ul>',
    );
  });
});
