/**
 * Where the browser compiles a case file or an own script (src/authoring): in a worker, off the
 * page's main thread, started through the 'balint-worker' Trusted Types policy, stopped after
 * MAX_CHECK_MS, and replaced by the same compile on the page when no worker can run. jsdom has no
 * Worker, so a fake one stands in; the real one runs in tests/e2e/hostile-scripts.spec.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture, vocabulary } from '../compile-fixture';

/** A Worker that records what it was given and answers as the test says. */
class FakeWorker {
  static made: { url: unknown; options: unknown }[] = [];
  static behaviour: 'silent' | 'fail' = 'silent';
  static terminated = 0;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor(url: unknown, options: unknown) {
    FakeWorker.made.push({ url, options });
  }
  postMessage() {
    if (FakeWorker.behaviour === 'fail') queueMicrotask(() => this.onerror?.({ preventDefault() {} }));
  }
  terminate() {
    FakeWorker.terminated++;
  }
}

async function freshCompiler() {
  vi.resetModules();
  return (await import('../../../src/authoring/compile-in-browser')).compileInBrowser;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeWorker.made = [];
  FakeWorker.terminated = 0;
});

describe('compiling in the browser', () => {
  it('compiles on the page where there is no worker, with the same result', async () => {
    const compileInBrowser = await freshCompiler();
    const r = await compileInBrowser(fixture('branching'), 'branching.md', vocabulary);
    expect(r.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.script?.id).toBe('fixture-branching');
    expect(JSON.stringify(r.script)).not.toContain('\\u0000md:'); // every placeholder filled
  });

  it('starts the worker with a script URL the balint-worker policy vouches for, and only that URL', async () => {
    const policies: { name: string; rules: { createScriptURL(u: string): string } }[] = [];
    vi.stubGlobal('trustedTypes', { createPolicy: (name: string, rules: { createScriptURL(u: string): string }) => (policies.push({ name, rules }), { createScriptURL: (u: string) => ({ vouched: rules.createScriptURL(u) }) }) });
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.behaviour = 'fail';
    const compileInBrowser = await freshCompiler();
    await compileInBrowser(fixture('branching'), 'branching.md', vocabulary);
    expect(policies.map((p) => p.name).filter((n) => n !== 'dompurify')).toEqual(['balint-worker']);
    expect(FakeWorker.made).toEqual([{ url: { vouched: expect.stringContaining('compile-worker') }, options: { type: 'module' } }]);
    expect(() => policies[0]!.rules.createScriptURL('https://evil.example/x.js')).toThrow(TypeError);
  });

  it('replaces a worker that fails with the same check on the page', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.behaviour = 'fail';
    const compileInBrowser = await freshCompiler();
    const r = await compileInBrowser(fixture('branching'), 'branching.md', vocabulary);
    expect(r.script?.id).toBe('fixture-branching');
    expect(FakeWorker.terminated).toBe(1);
  });

  it('stops a check that runs longer than 30 seconds, and says so', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.behaviour = 'silent';
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const compileInBrowser = await freshCompiler();
    const pending = compileInBrowser(fixture('branching'), 'slow.md', vocabulary);
    await vi.advanceTimersByTimeAsync(30_000);
    const r = await pending;
    expect(r.script).toBeUndefined();
    expect(r.report.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'slow.md:1: checking the script took longer than 30 seconds, so it was stopped; shorten it or simplify its conditions and effects',
    ]);
    expect(FakeWorker.terminated).toBe(1);
  });
});
