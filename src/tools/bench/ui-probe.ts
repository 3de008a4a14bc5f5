/**
 * A second in-page probe, for the figures that are not session steps: "the learner did X, and
 * then Y showed". X is the first `click` or `change` event after the probe is armed (a press, or a
 * file picked in a file input: Playwright's setInputFiles fires `change` like a real pick), taken
 * from the event's own timestamp in the capture phase, before the app's handler runs. Y is any of:
 * - an element matching a CSS selector whose text matches a pattern (a polite status message;
 *   the observer watches text changes too, since Svelte updates a status in place);
 * - a download: the click on the temporary `<a download>` the app creates for it (both of the
 *   app's download paths do that), which is when the browser starts saving the file;
 * - an `h1` with a given text, in ms since navigation start (for "open this module" after a full
 *   navigation; recorded for every `h1` from the first mutation on, so nothing has to be armed
 *   before the page exists).
 * Everything is measured in the page's clock, so Playwright's round trips are in no figure; a
 * `[role=alert]` shown meanwhile is returned too, so a failure is reported with the app's words.
 * Kept as strings for the reasons given in in-page.ts (keepNames, and a CSP without eval).
 */
import type { Page } from '@playwright/test';
import { untilSnippet } from './in-page';

/** Init script: `window.__ui`. */
export const UI_PROBE = `(() => {
  const ui = { watch: null, h1: {} };
${untilSnippet('ui')}
  ui.arm = (spec) => {
    ui.watch = { event: spec.event, selector: spec.selector || '', re: spec.pattern ? new RegExp(spec.pattern) : null,
      download: !!spec.download, tEvent: 0, tText: 0, tDownload: 0, text: '' };
  };
  const alerts = () => Array.from(document.querySelectorAll('[role="alert"]')).map((a) => (a.textContent || '').trim()).filter(Boolean);
  ui.result = (timeout) => ui.until(() => {
    const w = ui.watch;
    if (!w || !w.tEvent) return 0;
    if (w.re && !w.tText) return 0;
    if (w.download && !w.tDownload) return 0;
    return { tEvent: w.tEvent, tText: w.tText, tDownload: w.tDownload, text: w.text };
  }, timeout).then((r) => r || { timedOut: true, watch: ui.watch && { tEvent: ui.watch.tEvent, tText: ui.watch.tText, tDownload: ui.watch.tDownload }, alerts: alerts() });
  ui.heading = (text, timeout) => ui.until(() => ui.h1[text] || 0, timeout);
  const onEvent = (e) => {
    const w = ui.watch;
    if (!w) return;
    const t = e.timeStamp > 0 ? e.timeStamp : performance.now();
    const a = e.target;
    if (e.type === 'click' && a && a.tagName === 'A' && a.hasAttribute('download')) {
      if (w.tEvent && !w.tDownload) { w.tDownload = performance.now(); notify(); }
      return;
    }
    if (e.type === w.event && !w.tEvent) w.tEvent = t;
  };
  addEventListener('click', onEvent, true);
  addEventListener('change', onEvent, true);
  const check = () => {
    for (const h of Array.from(document.getElementsByTagName('h1'))) {
      const t = (h.textContent || '').trim();
      if (t && !(t in ui.h1)) ui.h1[t] = performance.now();
    }
    const w = ui.watch;
    if (w && w.re && w.tEvent && !w.tText) {
      for (const el of Array.from(document.querySelectorAll(w.selector))) {
        const t = (el.textContent || '').trim();
        if (w.re.test(t)) { w.tText = performance.now(); w.text = t; break; }
      }
    }
    notify();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  window.__ui = ui;
})();`;

/** What to wait for after the event. */
export interface UiWatch {
  /** The user's event that starts the clock. */
  event: 'click' | 'change';
  /** Text to wait for: elements matching `selector` whose trimmed text matches `pattern` (a RegExp source). */
  selector?: string;
  pattern?: string;
  /** Wait for the download link's click too. */
  download?: boolean;
}

/** In-page times (ms since navigation start) of the event and of what followed it. */
export interface UiTimes { tEvent: number; tText: number; tDownload: number; text: string }

/** Arm the probe; the next matching event starts the clock. */
export async function arm(page: Page, watch: UiWatch): Promise<void> {
  await page.evaluate(`window.__ui.arm(${JSON.stringify(watch)})`);
}

/** Wait for the armed outcome; throws with the page's alerts if it did not come in time. */
export async function outcome(page: Page, what: string, timeoutMs = 60_000): Promise<UiTimes> {
  const r = await page.evaluate<UiTimes | { timedOut: true; watch: unknown; alerts: string[] }>(`window.__ui.result(${timeoutMs})`);
  if ('timedOut' in r) throw new Error(`${what}: not done within ${timeoutMs / 1000} s (probe ${JSON.stringify(r.watch)}; alerts: ${JSON.stringify(r.alerts)})`);
  return r;
}

/** Ms since navigation start at which an `h1` with exactly this text was first in the DOM. */
export async function headingShownAt(page: Page, text: string, timeoutMs = 30_000): Promise<number> {
  const t = await page.evaluate<number>(`window.__ui.heading(${JSON.stringify(text)}, ${timeoutMs})`);
  if (!t) throw new Error(`no h1 "${text}" within ${timeoutMs / 1000} s on ${page.url()}`);
  return t;
}
