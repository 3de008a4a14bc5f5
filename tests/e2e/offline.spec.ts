import { expect, test, type Page } from '@playwright/test';
import { step } from './support/player';
import { plansToEndings, script } from './support/plans';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((r) => navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }));
    }
    return reg.active?.state;
  });
}

const id = 'rule-honesty';
const plan = [...plansToEndings(script(id)).values()][0]!;

test.describe('with the service worker', () => {
  test('after the first visit the whole app works offline: reload, start and finish a session', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    // Let the precache finish before cutting the network.
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.includes('precache')));
    await page.waitForTimeout(500);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Rehearse a Balint group' })).toBeVisible();
    await page.getByRole('link', { name: new RegExp(`^${script(id).title}`) }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    for (const s of plan) await step(page, s);
    await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
    await page.getByRole('link', { name: 'Teaching' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Teaching with Balint Rehearsal' })).toBeVisible();
    await context.setOffline(false);
  });

  test('a new version is offered mid-session, never forced, and accepting it resumes the session', async ({ page }) => {
    const swFile = resolve(process.cwd(), 'dist/sw.js');
    const original = readFileSync(swFile, 'utf8');
    try {
      await page.goto(`/#/module/${id}`);
      await waitForServiceWorker(page);
      await page.getByRole('button', { name: 'Begin' }).click();
      for (const s of plan.slice(0, 3)) await step(page, s);
      const before = await page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts();
      await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
      // Deploy a new build while the session is open.
      writeFileSync(swFile, `${original}\n// new build ${Date.now()}\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(page.getByRole('region', { name: 'Update available' })).toBeVisible({ timeout: 20_000 });
      // Nothing reloaded by itself.
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
      expect(await page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts()).toEqual(before);
      await page.getByRole('button', { name: 'Update now' }).click();
      await page.waitForFunction(() => !(window as unknown as { marker?: string }).marker);
      await expect.poll(() => page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts()).toEqual(before);
    } finally {
      writeFileSync(swFile, original);
    }
  });

  test('the web app manifest is linked and installable', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.some((i: { sizes: string; purpose?: string }) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, page.url()).href)).status()).toBe(200);
  });
});

test.describe('without a service worker (negative control)', () => {
  test.use({ serviceWorkers: 'block' });
  test('the offline reload fails, so the offline test above proves the worker', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
  });
});
