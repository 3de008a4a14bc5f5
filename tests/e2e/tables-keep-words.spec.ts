/**
 * Tables never break a word across lines ("Foun/datio/ns", issue 14 item 4), at 1280 and 390 px:
 * every word of every cell of every table on the screens with tables (Teaching's curriculum
 * tables, Progress, a debrief's climate table) is measured as it is drawn, one line box per word
 * (a line may end at a hyphen: "problem-/solving" is two words joined, not one word broken),
 * and the page does not scroll sideways (a wide table scrolls inside its own region instead).
 */
import { expect, test, type Page } from '@playwright/test';
import { plansToEndings, script } from './support/plans';
import { startModule, step } from './support/player';

/** Words of table cells drawn on more than one line, as "word (cell text)". */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('main details')) (d as HTMLDetailsElement).open = true;
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('main table th, main table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s\-\u2010\u2013]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${match[0]} (${(cell.textContent ?? '').trim().slice(0, 40)})`);
        }
      }
    }
    return broken;
  });
}

/** True when the page itself scrolls sideways. */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

for (const width of [1280, 390]) {
  test(`no word in a table cell is broken across lines at ${width} px, and no page scrolls sideways`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/#/teaching');
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(await brokenWords(page), 'teaching').toEqual([]);
    expect(await overflows(page), 'teaching scrolls sideways').toBe(false);

    const s = script('advice-and-interrogation');
    await startModule(page, s.id);
    for (const move of [...plansToEndings(s).values()][0]!) await step(page, move);
    await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
    expect(await brokenWords(page), 'debrief').toEqual([]);
    expect(await overflows(page), 'debrief scrolls sideways').toBe(false);

    await page.goto('/#/progress');
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(await brokenWords(page), 'progress').toEqual([]);
    expect(await overflows(page), 'progress scrolls sideways').toBe(false);
  });
}
