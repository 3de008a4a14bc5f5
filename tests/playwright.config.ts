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

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: 'http://localhost:4173',
    trace: 'retain-on-failure',
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: executablePath ? { executablePath, args: systemArgs } : {} },
    },
  ],
  webServer: {
    command: 'npx vite preview --port 4173 --strictPort',
    cwd: root,
    url: 'http://localhost:4173',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
