/**
 * First run as a new user meets it: the role cards first, the modules grouped by track and
 * collapsed, the case library after them; role buttons that visibly take you to your track; the
 * instructor page in the navigation; "fictional composite" at most once per screen; the learner's
 * time and the group's time labelled apart.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, startModule, step } from './support/player';
import { plansToEndings, script, scripts } from './support/plans';
import { TRACKS } from '../../src/script/types';

const inMain = (page: Page) => page.getByRole('main');
const trackHeading = (page: Page, label: string) => inMain(page).getByRole('heading', { level: 3, name: new RegExp(`^${label} · \\d+ modules?$`) });
const TRACK_HEADINGS = { foundations: 'Foundations', member: 'Member track', leader: 'Leader track' } as const;

test('the role cards come first, then the modules, then the case library', async ({ page }) => {
  await page.goto('/');
  await expect(inMain(page).getByRole('heading', { level: 2 })).toHaveText(['Where would you like to start?', 'Modules', 'Your case library']);
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test('each role button shows its track and moves focus to it, on screen', async ({ page }) => {
      await page.goto('/');
      const all = scripts();
      for (const [button, track] of [
        ['Show the foundations', 'foundations'],
        ['Show the member sessions', 'member'],
        ['Show the leader sessions', 'leader'],
      ] as const) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.getByRole('button', { name: button }).click();
        const heading = trackHeading(page, TRACK_HEADINGS[track]);
        await expect(heading).toBeFocused();
        await expect(heading).toBeInViewport();
        const mine = all.filter((s) => s.track === track);
        await expect(page.getByRole('status').filter({ hasText: 'modules shown' })).toHaveText(`${mine.length} of ${all.length} modules shown.`);
        await expect(inMain(page).getByRole('heading', { level: 3, name: /· \d+ modules?$/ })).toHaveCount(1);
      }
      await page.getByRole('button', { name: 'Show all modules' }).click();
      await expect(inMain(page).getByRole('heading', { level: 3, name: /· \d+ modules?$/ })).toHaveCount(TRACKS.length);
    });
  });
}

test('the modules are grouped by track and collapsed to title and focus until opened', async ({ page }) => {
  await page.goto('/');
  await expect(inMain(page).getByRole('heading', { level: 3, name: /· \d+ modules?$/ })).toHaveText(TRACKS.map((t) => new RegExp(`^${TRACK_HEADINGS[t]} ·`)));
  for (const t of TRACKS) {
    const group = inMain(page).getByRole('region', { name: new RegExp(`^${TRACK_HEADINGS[t]} ·`) });
    await expect(group.getByRole('listitem')).toHaveCount(scripts().filter((s) => s.track === t).length);
  }
  const first = script('what-is-a-balint-group');
  const item = inMain(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: new RegExp(`^${first.title.replace(/[?]/g, '\\?')}`) }) });
  await expect(item.getByText(/^You’ll practise:/)).toBeVisible();
  await expect(item.getByText(first.summary)).toBeHidden();
  await item.getByText('About this module').click();
  await expect(item.getByText(first.summary)).toBeVisible();
});

test('the navigation links to the instructor page and marks the page you are on', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Modules', exact: true })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Assign modules' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assign modules and collect results' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Assign modules' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Modules', exact: true })).not.toHaveAttribute('aria-current', /./);
});

test('home, the introduction, the session and the debrief each say "fictional composite" at most once', async ({ page }) => {
  // A short module (four steps to its nearest ending), so the test plays few steps.
  const id = 'after-the-group';
  const plan = [...plansToEndings(script(id)).values()].sort((a, b) => a.length - b.length)[0]!;
  const times = async () => ((await page.locator('body').innerText()).match(/fictional composite/gi) ?? []).length;
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await times(), 'home').toBe(1);
  await page.goto(`/#/module/${id}`);
  await expect(page.getByRole('button', { name: 'Begin', exact: true })).toBeVisible();
  expect(await times(), 'introduction').toBe(1);
  await startModule(page, id);
  expect(await times(), 'session').toBeLessThanOrEqual(1);
  for (const s of plan) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  expect(await times(), 'debrief').toBeLessThanOrEqual(1);
});

test("the introduction labels your time and the group's time apart, and the session clock is group time", async ({ page }) => {
  const s = script('what-is-a-balint-group');
  await page.goto(`/#/module/${s.id}`);
  await expect(page.getByText(`Your time: about ${s.minutes} minutes`)).toBeVisible();
  await expect(page.getByText(`Group time: ${s.sessionMinutes} minutes in the story`)).toBeVisible();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Session clock' }).getByText(`Group time: minute 0 of ${s.sessionMinutes}`)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test('home passes axe with a track shown and a module opened', async ({ page }) => {
      await page.goto('/');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Show the leader sessions' }).click();
      await inMain(page).getByText('About this module').first().click();
      await expectNoAxeViolations(page);
    });
  });
}
