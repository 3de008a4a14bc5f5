import { chromium, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startModule, step, transcriptTexts } from './support/player';
import { plansToEndings, script } from './support/plans';

const id = 'advice-and-interrogation';
const plan = [...plansToEndings(script(id)).values()].sort((a, b) => b.length - a.length)[0]!;

test('a session open in two tabs never forks: the second tab is told and can follow', async ({ context }) => {
  const a = await context.newPage();
  await startModule(a, id);
  const b = await context.newPage();
  await b.goto(`/#/module/${id}`);
  await expect(b.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await step(a, plan[0]!);
  await expect(b.getByRole('alert').filter({ hasText: 'continued in another tab' })).toBeVisible();
  // A click in the stale tab is refused, not saved on top.
  const stale = b.getByRole('button', { name: 'Continue', exact: true }).or(b.getByRole('group', { name: 'Your response' }).getByRole('button').first());
  if (await stale.count()) await stale.first().click();
  await b.getByRole('button', { name: 'Show where it is now' }).click();
  await expect.poll(() => transcriptTexts(b)).toEqual(await transcriptTexts(a));
  await step(b, plan[1]!);
  await a.reload();
  await expect.poll(() => transcriptTexts(a)).toEqual(await transcriptTexts(b));
});

test('the browser killed right after each of the first choices loses no choice and doubles none', async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'balint-crash-'));
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const launch = () =>
    chromium.launchPersistentContext(dir, {
      baseURL: process.env.PW_BASE_URL ?? 'http://localhost:4173',
      reducedMotion: 'reduce',
      ...(process.env.PW_CHROMIUM_PATH || executablePath ? { executablePath: process.env.PW_CHROMIUM_PATH ?? executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  const steps = plan.slice(0, 8);
  let checked = 0;
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await startModule(page, id);
    for (let k = 0; k < steps.length; k++) {
      await step(page, steps[k]!);
      const before = await transcriptTexts(page);
      // Kill the whole browser at once (SIGKILL), with no chance to flush or unload.
      spawnSync('pkill', ['-9', '-f', `user-data-dir=${dir}`]);
      await context.close().catch(() => undefined);
      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`/#/module/${id}`);
      await expect.poll(() => transcriptTexts(page)).toEqual(before);
      const stored = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const req = indexedDB.open('balint-rehearsal');
            req.onsuccess = () => {
              const all = req.result.transaction('attempts').objectStore('attempts').getAll();
              all.onsuccess = () => resolve((all.result as { status: string; steps: unknown[] }[]).find((a) => a.status === 'active')!.steps.length);
              all.onerror = () => reject(all.error);
            };
            req.onerror = () => reject(req.error);
          }),
      );
      expect(stored).toBe(k + 1);
      checked++;
    }
    await context.close();
  } finally {
    console.log(`crash test: ${checked} steps checked across ${checked} browser kills`);
    rmSync(dir, { recursive: true, force: true });
  }
});
