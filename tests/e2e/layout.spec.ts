import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, startModule, step } from './support/player';
import { plansToEndings, script } from './support/plans';

const id = 'first-group';
const plan = [...plansToEndings(script(id)).values()][0]!;

test.describe('at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('every screen reflows without horizontal scrolling and choice buttons are at least 24×24', async ({ page }) => {
    const noHScroll = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.goto('/');
    await noHScroll();
    await startModule(page, id);
    await noHScroll();
    const firstChoice = plan.findIndex((s) => s.kind === 'choice');
    for (const s of plan.slice(0, firstChoice)) await step(page, s);
    for (const b of await page.getByRole('group', { name: 'Your response' }).getByRole('button').all()) {
      const box = (await b.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await noHScroll();
    for (const s of plan.slice(firstChoice)) await step(page, s);
    await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
    await noHScroll();
    // An assignment with a case file to import shows the file picker too.
    const withCaseFile = Buffer.from(
      JSON.stringify({ v: 2, title: 'Week 3', cohort: '', feedback: 'immediate', modules: [{ id: 'own-case', required: true, caseFile: { hash: 'abcdef0123456789', title: 'Our own case' } }] }),
    ).toString('base64url');
    for (const path of ['/#/progress', '/#/settings', '/#/teaching', '/#/library', '/#/author', '/#/instructor', `/#/assignment/${withCaseFile}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await noHScroll();
    }
  });
});

test('text enlarged to 200% stays readable without horizontal scrolling at 640 px', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('/');
  // CSSOM, not an inline <style>: the app's CSP rightly blocks inline styles.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('every other screen passes axe in dark mode, with catalogue filters set', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Track' }).selectOption('leader');
    await page.getByRole('combobox', { name: 'Ground rule' }).selectOption('respect');
    await expectNoAxeViolations(page);
    for (const [path, heading] of [
      ['/#/progress', 'Your progress'],
      ['/#/settings', 'Settings'],
      ['/#/teaching', 'Teaching with Balint Rehearsal'],
      ['/#/instructor', 'Assign modules and collect results'],
      ['/#/author', 'Try a script of your own'],
      ['/#/library', 'Case library'],
      ['/#/module/first-group', 'Your first Balint group'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test('home, session and debrief pass axe in dark mode', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
    await startModule(page, id);
    await expectNoAxeViolations(page);
    for (const s of plan) await step(page, s);
    await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('no animation runs and all lines of a scene appear at once', async ({ page }) => {
    await startModule(page, id);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await expect(page.getByRole('button', { name: 'Show all lines now' })).toHaveCount(0);
  });
});

test.describe('readable pace', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('lines appear one at a time, and "Show all lines now" shows the rest at once', async ({ page }) => {
    await startModule(page, id);
    const items = page.getByRole('list', { name: 'Transcript' }).getByRole('listitem');
    const total = script(id).scenes.find((s) => s.id === script(id).start)!.lines.filter((l) => l.kind !== 'inner' && !l.when).length;
    expect(await items.count()).toBeLessThan(total);
    // Mid-line: lines still to appear. A line's 240 ms fade-in is brought to its end first, so axe
    // judges the colours a reader is left with, not a frame halfway through the fade.
    await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Show all lines now' }).click();
    await expect(items).toHaveCount(total);
  });
});

test('after Begin focus lands on the session, and focus is visible on every control reached by Tab', async ({ page }) => {
  await startModule(page, id);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const tabbable = await page.evaluate(() => document.querySelectorAll('a[href], button:not([disabled]), select, input, [tabindex="0"]').length);
  const reached = new Set<string>();
  // Two full cycles; the document body is focused only between cycles (the browser's own UI).
  for (let i = 0; i < 2 * (tabbable + 1); i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { body: el === document.body, name: `${el.tagName}:${el.textContent?.trim()}`, outline: `${s.outlineStyle} ${s.outlineWidth}` };
    });
    if (focus.body) continue;
    reached.add(focus.name);
    expect(focus.outline, focus.name).not.toMatch(/^none|0px$/);
  }
  expect(reached.size).toBeGreaterThanOrEqual(tabbable - 1);
});
