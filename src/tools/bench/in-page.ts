/**
 * Code that runs inside the page, kept as plain strings. tsx compiles functions with esbuild's
 * keepNames, which wraps them in a `__name(...)` helper that does not exist in the page, so a
 * function handed to `page.evaluate` can fail there; strings are passed through untouched.
 *
 * For the same reason of policy, waiting happens in the page too: the app's Content Security Policy
 * forbids eval, which `page.waitForFunction` needs, so the probe offers promises (`until`) that
 * settle from its own MutationObserver instead of polling.
 *
 * The probe is installed before the app's own scripts (an init script) and measures in the page's
 * clock, so Playwright's round trips are not part of any figure:
 * - a step: from the click event's timestamp (capture phase, before the app's handler) to the
 *   first DOM mutation after which the transcript has more items (or the debrief heading is
 *   shown), and to the end of the next frame after it (rAF, then a task: roughly when it is
 *   painted);
 * - a resume: for every transcript length, the first time (ms since navigation start) the
 *   transcript had at least that many items.
 */

/** Init script: `window.__bench`. */
/**
 * Injected-script source that gives `<name>.until(test, timeout)` (resolves with test()'s first
 * truthy value, or 0 after timeout ms) and a `notify()` to call whenever the page changed. Shared
 * by the session probe here and the UI probe (`ui-probe.ts`).
 */
export function untilSnippet(name: string): string {
  return `  let waiters = [];
  const notify = () => {
    waiters = waiters.filter((w) => {
      const v = w.test();
      if (v) w.resolve(v);
      return !v;
    });
  };
  ${name}.until = (test, timeout) => new Promise((resolve) => {
    const v = test();
    if (v) return resolve(v);
    const w = { test, resolve };
    waiters.push(w);
    setTimeout(() => { waiters = waiters.filter((x) => x !== w); resolve(0); }, timeout);
  });`;
}

export const PROBE = `(() => {
  const probe = { armed: false, before: 0, t0: 0, tDom: 0, tFrame: 0, seen: {} };
  probe.arm = (before) => Object.assign(probe, { armed: true, before, t0: 0, tDom: 0, tFrame: 0 });
  probe.count = () => {
    const list = document.querySelector('ol[aria-label="Transcript"]');
    return list ? list.querySelectorAll(':scope > li').length : -1;
  };
  probe.debrief = () => Array.from(document.querySelectorAll('h2')).some((h) => (h.textContent || '').trim() === 'Debrief');
  probe.reached = (n) => {
    const times = Object.keys(probe.seen).filter((k) => Number(k) >= n).map((k) => probe.seen[k]);
    return times.length ? Math.min.apply(null, times) : 0;
  };
${untilSnippet('probe')}
  probe.stepDone = (timeout) => probe.until(() => probe.tFrame > 0 && { t0: probe.t0, tDom: probe.tDom, tFrame: probe.tFrame }, timeout);
  window.__bench = probe;
  addEventListener('click', (e) => {
    if (probe.armed && !probe.t0) probe.t0 = e.timeStamp > 0 ? e.timeStamp : performance.now();
  }, true);
  const check = () => {
    const n = probe.count();
    if (n > 0 && !(n in probe.seen)) probe.seen[n] = performance.now();
    if (probe.armed && probe.t0 && !probe.tDom && (n > probe.before || probe.debrief())) {
      probe.tDom = performance.now();
      probe.armed = false;
      requestAnimationFrame(() => setTimeout(() => { probe.tFrame = performance.now(); notify(); }, 0));
    }
    notify();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

/** Expression: the attempts of one module as stored (ids, status, step count, JSON bytes). */
export function readAttempts(moduleId: string): string {
  return `(async () => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('balint-rehearsal');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      if (!db.objectStoreNames.contains('attempts')) return [];
      const rows = await new Promise((resolve, reject) => {
        const req = db.transaction('attempts', 'readonly').objectStore('attempts').getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      return rows.filter((a) => a.moduleId === ${JSON.stringify(moduleId)}).map((a) => ({
        id: a.id, status: a.status, steps: a.steps.length, sceneId: a.sceneId,
        bytes: new TextEncoder().encode(JSON.stringify(a)).length,
      }));
    } finally {
      db.close();
    }
  })()`;
}

/** Expression: navigator.storage.estimate() usage in bytes (or -1). */
export const STORAGE_USAGE = `(async () => navigator.storage && navigator.storage.estimate ? ((await navigator.storage.estimate()).usage ?? -1) : -1)()`;

/** A stored attempt as `readAttempts` returns it. */
export interface StoredAttempt { id: string; status: string; steps: number; sceneId: string; bytes: number }
