/**
 * Compiling an instructor's own script, or a case file, in the browser. This module (and with it
 * DOMPurify) is loaded only when a script is compiled; the player never imports it. Everything in
 * the file is untrusted: it is size-limited here, compiled off the page's main thread by a
 * compiler that never throws (compile-off-page.ts: parse, validate, Markdown by marked, every path
 * explored, each within the limits of src/script/limits.ts), and every piece of text is then
 * sanitised on the page by the same sanitiser the build uses, a few pieces per task, so the page
 * stays responsive whatever the file holds. The check's own problems are worded by the catalogue
 * (`m.browserCheck`); the compiler's diagnostics are English by design.
 */
import { compileOffPage, CompileStopped } from './compile-off-page';
import type { CompileAnswer, CompileRequest } from './compile-request';
import type { CompileResult } from '../script/compile';
import { fillMarkdown, PieceFailure } from '../script/deferred-markdown';
import { contentHashOf } from '../script/hash-input';
import { MAX_CHECK_MS, MAX_SCRIPT_BYTES } from '../script/limits';
import { createSanitiser, type Sanitiser } from '../script/markdown';
import { unreadReport } from '../script/script-report';
import { longestLeaderLine } from '../script/standards-leader-lines';
import type { Vocabulary } from '../script/types';
import { m } from '../i18n/messages';

export { MAX_SCRIPT_BYTES };

/** SHA-256 content hash, as the build computes it. */
export const browserContentHash = contentHashOf;

let sanitiser: Sanitiser | undefined;

/** Longest the page works between two yields while sanitising, in milliseconds. */
const SLICE_MS = 30;

/** Let the page handle input and paint (not throttled like setTimeout in a background tab). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Compile off the page; a worker that failed is replaced by the same compile on the page. */
async function compile(request: CompileRequest): Promise<CompileAnswer | 'too long'> {
  try {
    return await compileOffPage(request);
  } catch (e) {
    if (e instanceof CompileStopped && e.reason === 'time') return 'too long';
    return (await import('./compile-request')).compileRequest(request);
  }
}

/**
 * Compile a script text; the file name is shown in messages. Never throws. No people registry is
 * passed: a case file gives its people's names and personas inline.
 */
export async function compileInBrowser(source: string, file: string, vocabulary: Vocabulary): Promise<CompileResult> {
  try {
    return await compileChecked(source, file, vocabulary);
  } catch {
    return { report: unreadReport(file, m.browserCheck.couldNotCheck) };
  }
}

async function compileChecked(source: string, file: string, vocabulary: Vocabulary): Promise<CompileResult> {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_SCRIPT_BYTES)
    return { report: unreadReport(file, m.browserCheck.tooBig(Math.ceil(bytes / 1024), MAX_SCRIPT_BYTES / 1024)) };
  const nonce = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const answer = await compile({ source, file, vocabulary, nonce });
  if (answer === 'too long')
    return { report: unreadReport(file, m.browserCheck.tooLong(MAX_CHECK_MS / 1000)) };
  const { result, pieces } = answer;
  if (!result.script) return result;
  sanitiser ??= createSanitiser(window);
  let last = performance.now();
  const pause = () => {
    if (performance.now() - last < SLICE_MS) return undefined;
    return nextTask().then(() => void (last = performance.now()));
  };
  try {
    const script = await fillMarkdown(result.script, pieces, sanitiser, nonce, pause);
    const report = { ...result.report, longestLeaderLine: longestLeaderLine(script) };
    return { script, report };
  } catch (e) {
    const line = e instanceof PieceFailure ? e.line : 1;
    const report = { ...result.report, diagnostics: [...result.report.diagnostics, { severity: 'error' as const, file, line, message: m.browserCheck.notSafe }] };
    return { report };
  }
}
