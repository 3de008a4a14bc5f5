/**
 * The compile worker: runs `compileRequest` off the page's main thread, so a large or hostile
 * script (512 KB of text, a path explosion up to the explorer's budget) never freezes the page.
 * One worker per compile (compile-off-page.ts starts and ends it). It has no DOM and touches no
 * sink: it receives text and answers with data.
 */
import { compileRequest, type CompileRequest } from './compile-request';

/** The part of a dedicated worker's global scope used here (the project's types are the DOM's). */
const scope = self as unknown as { onmessage: ((e: MessageEvent<CompileRequest>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = async (e) => {
  scope.postMessage(await compileRequest(e.data));
};
