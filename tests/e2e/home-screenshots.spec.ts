/**
 * The screenshots from `npm run screenshots` (public/screenshots/) serve the README and the install
 * prompt: the manifest lists some, each one is served, and the service worker never precaches
 * them, so a learner installing the app does not download them.
 */
import { expect, test } from '@playwright/test';

test("the manifest's screenshots are served, and the service worker does not precache them", async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  const shots: { src: string; sizes: string; form_factor: string }[] = manifest.screenshots;
  expect(shots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'narrow', 'wide', 'wide']);
  for (const s of shots) {
    const res = await request.get(new URL(s.src, page.url()).href);
    expect(res.status(), s.src).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    // A PNG's IHDR chunk holds its width and height at bytes 16 and 20.
    const png = await res.body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, s.src).toBe(s.sizes);
  }
  const sw = await (await request.get(new URL('sw.js', page.url()).href)).text();
  expect(sw).toContain('index.html');
  expect(sw).not.toContain('screenshots/');
});
