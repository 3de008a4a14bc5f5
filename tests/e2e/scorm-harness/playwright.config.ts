/**
 * Runs only the SCORM end-to-end tests of packages built by the command (1.2 and 2004), without
 * `vite preview`: they build and serve their own packages on a free port, so they need neither
 * `dist/` nor port 4173.
 *   npx playwright test -c tests/e2e/scorm-harness/playwright.config.ts
 */
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

export default defineConfig({
  ...base,
  testDir: '..',
  testMatch: /scorm(2004)?\.spec\.ts$/,
  webServer: undefined,
  // Only the main project: the base's second project matches its own specs (offline, hostile),
  // which need the preview server this harness does not start.
  projects: base.projects?.filter((p) => p.name === 'chromium'),
});
