/**
 * The compile the browser runs for an instructor's script or a case file, without a DOM: the whole
 * compiler with a renderer that runs marked and records the HTML it made (deferred-markdown.ts),
 * so the page only has to sanitise the pieces. Shared by the compile worker and, where there is no
 * worker (tests, a browser that refuses one), by the page itself.
 */
import { compileScript, type CompileResult } from '../script/compile';
import { deferredMarkdown, type MarkdownPiece } from '../script/deferred-markdown';
import { contentHashOf } from '../script/hash-input';
import { createMarkdownToHtml, type MarkdownToHtml } from '../script/markdown-html';
import type { Vocabulary } from '../script/types';

/** What the page asks. */
export interface CompileRequest {
  /** The script text. */
  source: string;
  /** File name shown in messages. */
  file: string;
  /** The controlled vocabularies. */
  vocabulary: Vocabulary;
  /** Placeholders' nonce (hex), chosen by the page. */
  nonce: string;
}

/** What the compile answers: the result, its script holding placeholders, and the pieces to sanitise. */
export interface CompileAnswer {
  result: CompileResult;
  pieces: MarkdownPiece[];
}

let toHtml: MarkdownToHtml | undefined;

/** Compile without a DOM; never throws (the compiler does not). */
export async function compileRequest(request: CompileRequest): Promise<CompileAnswer> {
  const hash = await contentHashOf(request.source);
  const deferred = deferredMarkdown((toHtml ??= createMarkdownToHtml()), request.nonce);
  const result = compileScript(request.source, request.file, { vocabulary: request.vocabulary, markdown: deferred.renderer, hash });
  return { result, pieces: result.script ? deferred.pieces : [] };
}
