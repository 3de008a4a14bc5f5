/** Playing a module in the browser as a person would: by roles and accessible names. */
import { expect, type FrameLocator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { PlanStep } from './plans';

/** WCAG 2.2 AA tag set every screen is checked against. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe and expect no violations (with a readable failure). */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(summary).toEqual([]);
}

/** Open a module and press Begin when its introduction is shown. */
export async function startModule(page: Page, id: string) {
  await page.goto(`/#/module/${id}`);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
}

/**
 * What the session screen shows that a step changes: the transcript's length, the responses on
 * offer, the session clock, and whether the debrief is shown. (A scene whose only lines are inner
 * voices adds nothing to the transcript while they are hidden, but its responses or the clock
 * still change.)
 */
export async function screenState(root: Page | FrameLocator): Promise<string> {
  return JSON.stringify([
    await root.getByRole('list', { name: 'Transcript' }).getByRole('listitem').count(),
    await root.getByRole('group', { name: 'Your response' }).getByRole('button').allInnerTexts(),
    await root.getByRole('button', { name: 'Continue', exact: true }).count(),
    await root.getByRole('group', { name: 'Session clock' }).allInnerTexts(),
    await root.getByRole('heading', { level: 2, name: 'Debrief' }).count(),
  ]);
}

/** Take one step (click by role and name) and wait until the new content is on screen. */
export async function step(page: Page, s: PlanStep) {
  const before = await screenState(page);
  if (s.kind === 'continue') await page.getByRole('button', { name: 'Continue', exact: true }).click();
  else await page.getByRole('group', { name: 'Your response' }).getByRole('button', { name: s.name, exact: true }).click();
  await settle(page, before);
}

/** Wait until the screen moved on from `before` (see `screenState`). */
export async function settle(root: Page | FrameLocator, before: string) {
  await expect.poll(() => screenState(root)).not.toBe(before);
}

/** Take one step by keyboard only: Tab to the control with this name, then press Enter. */
export async function keyboardStep(page: Page, s: PlanStep) {
  const name = s.kind === 'continue' ? 'Continue' : s.name;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el && el.tagName === 'BUTTON' ? (el.textContent ?? '').trim() : null;
    });
    if (focused === name) {
      const before = await screenState(page);
      await page.keyboard.press('Enter');
      await settle(page, before);
      return;
    }
  }
  throw new Error(`could not reach "${name}" by Tab`);
}

/** Texts of the transcript's items. */
export async function transcriptTexts(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts();
}
