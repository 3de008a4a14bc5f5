/**
 * What the SCORM end-to-end specs do with a package and the stand-in LMS (this folder): build a
 * package with the real command, unzip and serve it beside the harness page and scorm-again on one
 * origin, open the harness with a launch (and the version's API, and CMI values an LMS would have
 * kept), and close the SCO as an LMS does. One copy for the 1.2 and 2004 specs and the button's.
 */
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { serveStatic, type StaticServer } from './server';

/** Build a package with `npm run export:scorm` and these arguments (`--out` is added); returns its zip entries. */
export async function exportPackage(args: readonly string[]): Promise<Record<string, Uint8Array>> {
  const dir = mkdtempSync(join(tmpdir(), 'balint-scorm-export-'));
  try {
    const zip = join(dir, 'package.zip');
    await promisify(execFile)('npx', ['--no-install', 'tsx', 'src/tools/export-scorm.ts', ...args, '--out', zip], { cwd: process.cwd() });
    return unzipSync(readFileSync(zip));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A package served at `/pkg/`, the harness at `/lms/`, scorm-again at `/scorm-again/`. */
export interface ServedPackage {
  /** The server. */
  server: StaticServer;
  /** Stop serving and remove the unzipped files. */
  close(): Promise<void>;
}

/** Unzip `entries` into a temporary folder and serve them as an LMS does. */
export async function servePackage(entries: Record<string, Uint8Array>): Promise<ServedPackage> {
  const dir = mkdtempSync(join(tmpdir(), 'balint-scorm-pkg-'));
  for (const [name, data] of Object.entries(entries)) {
    const path = join(dir, 'pkg', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  const server = await serveStatic({
    '/lms/': join(process.cwd(), 'tests/e2e/scorm-harness'),
    '/scorm-again/': join(process.cwd(), 'node_modules/scorm-again/dist'),
    '/pkg/': join(dir, 'pkg'),
  });
  return {
    server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the harness page starts with (see harness.js). */
export interface HarnessInit {
  /** The SCO's launch URL, e.g. `/pkg/index.html?module=<id>`. */
  launch: string;
  /** The LMS's API version (1.2 by default). */
  version?: '1.2' | '2004';
  /** CMI values the LMS already holds (scorm-again's loadFromJSON shape). */
  cmi?: object;
}

/** Open the stand-in LMS at `baseUrl` with the package in its iframe. */
export async function openHarness(page: Page, baseUrl: string, init: HarnessInit): Promise<FrameLocator> {
  await page.addInitScript((i) => {
    if (window === window.top) (window as unknown as { __scormInit: unknown }).__scormInit = i;
  }, init);
  await page.goto(`${baseUrl}/lms/index.html`);
  return page.frameLocator('iframe[title="Course content"]');
}

/** Unload the package (the LMS closing the SCO): its pagehide must end the LMS session with `call`. */
export async function closeSco(page: Page, call: 'LMSFinish' | 'Terminate'): Promise<void> {
  await page.evaluate(() => document.querySelector('iframe')!.remove());
  const calls = () => page.evaluate(() => (window as unknown as { lms: { log: { calls: string[][] } } }).lms.log.calls);
  await expect.poll(async () => (await calls()).some((c) => c[0] === call)).toBe(true);
}
