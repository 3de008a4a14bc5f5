/**
 * Playwright for the LMS suite (`npm run test:lms` runs it after starting the test bed and
 * building the cmi5 package). No web server: the CATAPULT player serves the package's files
 * itself, from the course it imported. The browser is found the same way as for the e2e tests.
 * Traces of failures: `$LMS_SUITE_OUTPUT`, else `<tmp>/balint-lms-suite-results`.
 */
import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import e2e from '../playwright.config';

/** Traces of failed tests go here (not test-results/, which other Playwright runs empty when they start). */
export const OUTPUT = process.env.LMS_SUITE_OUTPUT || join(tmpdir(), 'balint-lms-suite-results');

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: OUTPUT,
  workers: 1,
  timeout: 120_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', reducedMotion: 'reduce' },
  projects: e2e.projects,
});
