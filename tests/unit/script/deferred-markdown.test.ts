/**
 * Markdown rendered in two places (src/script/deferred-markdown.ts): the browser compiles in a
 * worker with placeholders for every piece of Markdown and fills them on the page with the
 * sanitiser's output. The script that comes out must be the script the one-step renderer makes,
 * and no text an author writes may pass for a placeholder.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRequest } from '../../../src/authoring/compile-request';
import { compileScript } from '../../../src/script/compile';
import { deferredMarkdown, fillMarkdown, PieceFailure } from '../../../src/script/deferred-markdown';
import { createMarkdownToHtml } from '../../../src/script/markdown-html';
import { createSanitiser } from '../../../src/script/markdown';
import { inlineCast, loadPeople } from '../../../src/tools/bench/inline-cast';
import { contentHash, nodeMarkdown } from '../../../src/tools/load-content';
import { JSDOM } from 'jsdom';
import { fixture, vocabulary } from '../compile-fixture';

const sanitiser = createSanitiser(new JSDOM('').window as unknown as Window & typeof globalThis);
const NONCE = '0123456789abcdef';
const noPause = () => undefined;

/** Compile as the browser does: deferred in "the worker", then filled on "the page". */
async function twoStep(source: string, file: string) {
  const { result, pieces } = await compileRequest({ source, file, vocabulary, nonce: NONCE });
  if (!result.script) return result;
  return { ...result, script: await fillMarkdown(result.script, pieces, sanitiser, NONCE, noPause) };
}

describe('deferred Markdown', () => {
  it('a script compiled in two steps is the script compiled in one, for fixtures and a whole module as a case file', async () => {
    const module = inlineCast(readFileSync('content/sessions/m04-the-irritating-patient.md', 'utf8'), loadPeople(process.cwd())).replace(/^id: .*$/m, 'id: own-m04');
    for (const [name, source] of [['branching', fixture('branching')], ['markdown-raw-html', fixture('markdown-raw-html')], ['library-hostile', fixture('library-hostile')], ['m04', module]] as const) {
      const one = compileScript(source, `${name}.md`, { vocabulary, markdown: nodeMarkdown(), hash: contentHash(source) });
      const two = await twoStep(source, `${name}.md`);
      expect(one.report.diagnostics.filter((d) => d.severity === 'error'), name).toEqual([]);
      expect(two.script, name).toEqual(one.script);
    }
  });

  it('leaves text that looks like a placeholder but lacks the nonce as it is', async () => {
    const forged = `\u0000md:${'f'.repeat(16)}:h:0\u0000`;
    const source = fixture('validate-minimal').replace('title: Minimal fixture', `title: "${forged.replace(/\u0000/g, '\\0')}"`);
    const two = await twoStep(source, 'forged.md');
    expect(two.script?.title).toBe(forged);
  });

  it('records each piece with its line, and which pieces need their text', () => {
    const d = deferredMarkdown(createMarkdownToHtml(), NONCE);
    const token = d.renderer.inline('**Ana** waits', 7);
    d.renderer.block('A *debrief*', 9);
    expect(d.renderer.text(token)).toMatch(/^\u0000md:0123456789abcdef:t:0\u0000$/);
    expect(d.pieces).toEqual([
      { html: '<strong>Ana</strong> waits', line: 7, text: true },
      { html: '<p>A <em>debrief</em></p>\n', line: 9 },
    ]);
    expect(() => d.renderer.text('<p>not a piece</p>')).toThrow(TypeError);
  });

  it('reports a piece the sanitiser fails on by its line', async () => {
    const failing = { ...sanitiser, clean: (h: string) => (h.includes('boom') ? (() => { throw new Error('x'); })() : sanitiser.clean(h)) };
    const pieces = [{ html: 'fine', line: 3 }, { html: 'boom', line: 12 }];
    await expect(fillMarkdown({ a: `\u0000md:${NONCE}:h:1\u0000` }, pieces, failing, NONCE, noPause)).rejects.toEqual(new PieceFailure(12));
  });
});
