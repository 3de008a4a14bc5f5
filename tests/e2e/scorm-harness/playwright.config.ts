/**
 * Runs only the SCORM end-to-end test, without `vite preview`: that test builds and serves its own
 * package on a free port, so it needs neither `dist/` nor port 4173.
 *   npx playwright test -c tests/e2e/scorm-harness/playwright.config.ts
 */
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

export default defineConfig({
  ...base,
  testDir: '..',
  testMatch: /scorm\.spec\.ts$/,
  webServer: undefined,
});
