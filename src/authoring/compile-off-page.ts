/**
 * Running a compile off the page's main thread: one dedicated worker per compile, ended when it
 * answers or after MAX_CHECK_MS (limits.ts), whichever comes first. Where no worker can be made
 * (tests in jsdom, a browser that refuses one) the compile runs on the page instead, the same
 * code, so the result never depends on where it ran.
 *
 * The page enforces Trusted Types, and a worker's script URL is a sink: the 'balint-worker'
 * policy (named in the CSP, src/tools/csp.ts) vouches for the compile worker's own URL, as Vite
 * emitted it, and for nothing else.
 */
import workerUrl from './compile-worker.ts?worker&url';
import { MAX_CHECK_MS } from '../script/limits';
import type { CompileAnswer, CompileRequest } from './compile-request';

/** The policy's name, as the CSP lists it. */
export const WORKER_POLICY = 'balint-worker';

/** The compile did not answer in time, or the worker failed; nothing was compiled (a code: compile-in-browser words it). */
export class CompileStopped extends Error {
  constructor(readonly reason: 'time' | 'failed') {
    super(`compile-stopped:${reason}`);
    this.name = 'CompileStopped';
  }
}

interface UrlPolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): { createScriptURL(input: string): unknown };
}

// undefined: not looked up yet; null: no Trusted Types here.
let policy: { createScriptURL(input: string): unknown } | null | undefined;

/** A new compile worker, or undefined where none can be made. */
function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    if (policy === undefined) {
      const factory = (globalThis as { trustedTypes?: UrlPolicyFactory }).trustedTypes;
      policy = factory
        ? factory.createPolicy(WORKER_POLICY, {
            createScriptURL: (url) => {
              if (url !== workerUrl) throw new TypeError(`${WORKER_POLICY}:not-the-compile-worker`);
              return url;
            },
          })
        : null;
    }
    return new Worker((policy ? policy.createScriptURL(workerUrl) : workerUrl) as string, { type: 'module' });
  } catch {
    return undefined;
  }
}

/** Compile in a worker (or, without one, on the page). Rejects with CompileStopped when the worker gives up. */
export async function compileOffPage(request: CompileRequest): Promise<CompileAnswer> {
  const worker = startWorker();
  if (!worker) return (await import('./compile-request')).compileRequest(request);
  return new Promise<CompileAnswer>((resolve, reject) => {
    const end = (settle: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      settle();
    };
    const timer = setTimeout(() => end(() => reject(new CompileStopped('time'))), MAX_CHECK_MS);
    worker.onmessage = (e: MessageEvent<CompileAnswer>) => end(() => resolve(e.data));
    worker.onerror = (e) => {
      e.preventDefault();
      end(() => reject(new CompileStopped('failed')));
    };
    worker.onmessageerror = () => end(() => reject(new CompileStopped('failed')));
    worker.postMessage(request);
  });
}
