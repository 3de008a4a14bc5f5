/**
 * One measured run in a brand-new browser profile, for the feature figures (case files, SCORM
 * package, backup). A persistent profile on disk, as in session-bench.ts: an incognito context keeps
 * IndexedDB in memory and would flatter every import and restore. A new profile per run also means
 * an empty HTTP cache, so what a first use loads lazily (the compiler, the zip code, the module
 * files) is part of the figure, as it is for a learner the first time. Reduced motion, service
 * workers blocked (precaching would compete with the measured work), and the UI probe installed.
 * The profile directory is removed afterwards whatever happened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type LaunchOptions, type Page } from '@playwright/test';
import { UI_PROBE } from './ui-probe';

/** Where the app is and how to start Chromium. */
export interface RunTarget { baseURL: string; launch: LaunchOptions }

/** Run `fn` on the first page of a fresh persistent profile. */
export async function inFreshProfile<T>(target: RunTarget, fn: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'balint-bench-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      ...target.launch,
      baseURL: target.baseURL,
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(30_000);
    context.setDefaultNavigationTimeout(30_000);
    await context.addInitScript(UI_PROBE);
    const page = context.pages()[0] ?? (await context.newPage());
    return await fn(page, context);
  } finally {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}
