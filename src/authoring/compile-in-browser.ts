/**
 * Compiling an instructor's own script in the browser. This module (and with it the parser, YAML,
 * marked and DOMPurify) is loaded only when the authoring view opens; the player never imports it.
 * Everything in the file is untrusted: it is size-limited here, parsed by a parser that never
 * throws, and every piece of text is sanitised by the same renderer the build uses.
 */
import { compileScript, unreadReport, type CompileResult } from '../script/compile';
import { createMarkdown, type MarkdownRenderer } from '../script/markdown';
import { contentHashOf } from '../script/hash-input';
import type { Vocabulary } from '../script/types';

/** Largest script file accepted, in bytes. */
export const MAX_SCRIPT_BYTES = 512 * 1024;

let markdown: MarkdownRenderer | undefined;

/** SHA-256 content hash, as the build computes it. */
export const browserContentHash = contentHashOf;

/**
 * Compile a script text; the file name is shown in messages. Never throws. No people registry is
 * passed: a case file gives its people's names and personas inline.
 */
export async function compileInBrowser(source: string, file: string, vocabulary: Vocabulary): Promise<CompileResult> {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_SCRIPT_BYTES)
    return { report: unreadReport(file, `the file is ${Math.ceil(bytes / 1024)} KB; scripts are limited to ${MAX_SCRIPT_BYTES / 1024} KB`) };
  markdown ??= createMarkdown(window);
  return compileScript(source, file, { vocabulary, markdown, hash: await browserContentHash(source) });
}
