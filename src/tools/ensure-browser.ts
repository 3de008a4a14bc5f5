/**
 * Before the end-to-end tests: make sure a Chromium is available, in the same order the
 * Playwright config looks (PW_CHROMIUM_PATH, Playwright's own browser, the system Chromium). On a
 * laptop with none of them it installs Playwright's Chromium; where downloads are blocked, it says
 * what to install instead.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [process.env.PW_CHROMIUM_PATH, safe(() => chromium.executablePath()), '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
if (candidates.some((p) => p && existsSync(p))) process.exit(0);

console.log('No Chromium found; installing Playwright’s Chromium (npx playwright install chromium)…');
const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (r.status !== 0) {
  console.error('Could not install a browser. On Debian or Ubuntu: sudo apt-get install chromium fonts-liberation; or set PW_CHROMIUM_PATH to a Chromium executable.');
  process.exit(1);
}

function safe(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
