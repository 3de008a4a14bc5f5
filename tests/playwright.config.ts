/**
 * End-to-end tests drive the production build (served by `vite preview`) in Chromium.
 * Browser: $PW_CHROMIUM_PATH if set, else Playwright's own Chromium if installed
 * (`npx playwright install chromium`), else the system Chromium (Debian's /usr/bin/chromium).
 */
import { defineConfig, devices, chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function resolveChromium(): string | undefined {
  const override = process.env.PW_CHROMIUM_PATH;
  if (override) return override;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no Playwright browser installed
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

const executablePath = resolveChromium();
const systemArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const root = fileURLToPath(new URL('..', import.meta.url));
/** Port of the preview server ($PW_PORT, default 4173), so two runs can share a machine. */
export const PORT = Number(process.env.PW_PORT ?? 4173);
process.env.PW_BASE_URL = `http://localhost:${PORT}`;

/** Specs that run after the others, one at a time. */
const ALONE = /(offline|hostile-run|hostile-scripts)\.spec\.ts$/;
const chromiumUse = { ...devices['Desktop Chrome'], launchOptions: executablePath ? { executablePath, args: systemArgs } : {} };

export default defineConfig({
  testDir: 'e2e',
  // Two workers on two cores cut the suite's time by about a third; PW_WORKERS=1 for one at a time.
  workers: Number(process.env.PW_WORKERS ?? 2),
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ALONE,
      use: chromiumUse,
    },
    {
      // After the rest, with the machine to themselves: offline.spec rewrites dist/sw.js (which
      // would reach every other test's service worker), and the hostile runs check 490 KB scripts.
      name: 'chromium-alone',
      testMatch: ALONE,
      dependencies: ['chromium'],
      workers: 1,
      use: chromiumUse,
    },
  ],
  webServer: {
    // PW_DIST serves another build folder (e.g. one engineer's own build beside the shared dist/).
    command: `npx vite preview --port ${PORT} --strictPort${process.env.PW_DIST ? ` --outDir ${JSON.stringify(process.env.PW_DIST)}` : ''}`,
    cwd: root,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
