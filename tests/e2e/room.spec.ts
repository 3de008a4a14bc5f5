/**
 * The room on screen (issue 14 items 1–3), driven as a person would: the circle beside the
 * transcript on a desktop and as a compact bar on a phone, the presenter's chair pushed back while
 * the group discusses and brought back for the return, the live climate by track and setting,
 * action and speech in options and transcript, the debrief opening at its heading, a reload
 * putting the learner back where they were, and Begin on screen at first sight.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, startModule, step, transcriptTexts } from './support/player';
import { plansToEndings, script, scripts } from './support/plans';
import { choiceDisplay } from '../../src/script/choice-parts';

const memberId = 'first-group';
const leaderId = scripts().find((s) => s.track === 'leader')!.id;
const plan = [...plansToEndings(script(memberId)).values()].sort((a, b) => b.length - a.length)[0]!;

/** The seats as a screen reader hears them. */
const seats = (page: Page) => page.getByRole('region', { name: 'The circle' }).getByRole('listitem').allTextContents();
/** The phase marked current. */
const phase = (page: Page) => page.getByRole('list', { name: 'Phases' }).locator('[aria-current="step"]').innerText();

test('on a desktop the room stays beside the transcript, and the presenter sits back during the discussion only', async ({ page }) => {
  await startModule(page, memberId);
  const room = page.getByRole('complementary', { name: 'The room' });
  const transcript = page.getByRole('list', { name: 'Transcript' });
  await expect(page.getByRole('region', { name: 'The circle' })).toBeVisible();
  const [r, t] = [(await room.boundingBox())!, (await transcript.boundingBox())!];
  expect(r.x).toBeGreaterThan(t.x + t.width - 1);
  const seen = { discussion: false, after: false };
  for (const [i, s] of plan.entries()) {
    if (await page.getByRole('heading', { level: 2, name: 'Debrief' }).count()) break;
    if (i === plan.length - 1) {
      // Scrolled to the end of a long transcript, the clock and the circle are still on screen.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(page.getByRole('group', { name: 'Session clock' })).toBeInViewport();
      await expect(page.getByRole('region', { name: 'The circle' })).toBeInViewport();
    }
    const now = await phase(page);
    const back = (await seats(page)).filter((x) => x.includes('sitting back from the circle'));
    if (now === 'Group discussion') {
      seen.discussion = true;
      expect(back, 'one chair is back in the discussion').toHaveLength(1);
      expect(back[0]).toMatch(/presenter/);
    } else {
      if (seen.discussion) seen.after = true;
      expect(back, `no chair is back in ${now}`).toEqual([]);
    }
    await step(page, s);
  }
  expect(seen).toEqual({ discussion: true, after: true });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the room is a compact bar that opens to show the circle', async ({ page }) => {
    await startModule(page, memberId);
    const bar = page.getByRole('button', { name: /Show the room/ });
    await expect(bar).toHaveAttribute('aria-expanded', 'false');
    await expect(bar).toContainText('minute 0 of');
    await expect(page.getByRole('region', { name: 'The circle' })).toBeHidden();
    await bar.click();
    await expect(page.getByRole('button', { name: /Hide the room/ })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('region', { name: 'The circle' })).toBeVisible();
    expect((await seats(page)).some((s) => /^You, member, at \d+ o’clock/.test(s))).toBe(true);
    await expectNoAxeViolations(page);
  });
});

test('the group climate shows in a leader session, not in a member session, and Settings can show it everywhere', async ({ page }) => {
  await startModule(page, leaderId);
  await expect(page.getByRole('region', { name: 'Group climate now' })).toBeVisible();
  expect(await page.getByRole('meter').count()).toBe(script(leaderId).climate.length);
  await startModule(page, memberId);
  await expect(page.getByRole('region', { name: 'The circle' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Group climate now' })).toHaveCount(0);
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'Show it in every session' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await page.goto(`/#/module/${memberId}`);
  await expect(page.getByRole('region', { name: 'Group climate now' })).toBeVisible();
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'Do not show it during a session' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await page.goto(`/#/module/${leaderId}`);
  await expect(page.getByRole('region', { name: 'The circle' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Group climate now' })).toHaveCount(0);
});

test('an option with an action and words shows them apart, is named as read aloud, and joins the transcript the same way', async ({ page }) => {
  // The first module whose shortest paths offer such an option early.
  const found = scripts()
    .flatMap((s) => [...plansToEndings(s).values()].map((p) => ({ s, p })))
    .map(({ s, p }) => {
      const choices = new Map(s.scenes.flatMap((x) => x.choices.map((c) => [c.id, c] as const)));
      const at = p.findIndex((st) => st.kind === 'choice' && choiceDisplay(choices.get(st.id)!.text, choices.get(st.id)!.silent).length > 1);
      return { s, p, at, choice: at >= 0 && p[at]!.kind === 'choice' ? choices.get(p[at]!.id) : undefined };
    })
    .find((x) => x.choice)!;
  const parts = choiceDisplay(found.choice!.text, found.choice!.silent);
  await startModule(page, found.s.id);
  for (const s of found.p.slice(0, found.at)) await step(page, s);
  const option = page.getByRole('group', { name: 'Your response' }).getByRole('button', { name: parts.map((p) => (p.kind === 'speech' ? `“${p.text}”` : p.text)).join(' '), exact: true });
  await expect(option.locator('.action')).toHaveText(parts.find((p) => p.kind === 'action')!.text);
  await expect(option.locator('.speech')).toHaveText(`“${parts.find((p) => p.kind === 'speech')!.text}”`);
  await step(page, found.p[found.at]!);
  const mine = (await transcriptTexts(page)).filter((t) => t.startsWith('You'));
  expect(mine.at(-1)!.replace(/\s+/g, ' ')).toBe(`You: ${parts.map((p) => (p.kind === 'speech' ? `“${p.text}”` : p.text)).join(' ')}`);
  expect((await transcriptTexts(page)).some((t) => /^You :/.test(t))).toBe(false);
});

test('the debrief opens at its top with focus on its heading', async ({ page }) => {
  await startModule(page, memberId);
  for (const s of plan) await step(page, s);
  const heading = page.getByRole('heading', { level: 2, name: 'Debrief' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('a reload mid-session shows the last feedback again, in view and focused; after Continue, the newest line', async ({ page }) => {
  await startModule(page, memberId);
  const firstChoice = plan.findIndex((s) => s.kind === 'choice');
  for (const s of plan.slice(0, firstChoice + 1)) await step(page, s);
  const feedback = page.getByRole('heading', { name: 'Feedback on your response' });
  await expect(feedback).toBeFocused();
  const happened = await page.getByRole('region', { name: 'Feedback on your response' }).innerText();
  await page.reload();
  await expect(feedback).toBeFocused();
  await expect(feedback).toBeInViewport();
  expect(await page.getByRole('region', { name: 'Feedback on your response' }).innerText()).toBe(happened);
  // Play on to a Continue, reload, and land on the newest line.
  const nextContinue = plan.findIndex((s, i) => i > firstChoice && s.kind === 'continue');
  test.skip(nextContinue < 0, 'this path has no Continue after its first choice');
  for (const s of plan.slice(firstChoice + 1, nextContinue + 1)) await step(page, s);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await expect(feedback).toHaveCount(0);
  const last = page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').last();
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`Begin is on screen without scrolling on every module's introduction at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const s of scripts()) {
      await page.goto(`/#/module/${s.id}`);
      await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Begin', exact: true }), s.id).toBeInViewport();
    }
  });
}

test('with feedback held until the debrief the transcript holds every story event of the immediate run', async ({ browser }) => {
  // Four whole playthroughs (two modules, each with feedback at once and held).
  test.setTimeout(240_000);
  for (const id of ['what-is-a-balint-group', memberId]) {
    const s = script(id);
    // The path with the most lines that its own choices add.
    const chosenLines = (p: typeof plan) => {
      const ids = new Set(p.flatMap((st) => (st.kind === 'choice' ? [st.id] : [])));
      return s.scenes.flatMap((x) => x.lines).filter((l) => [...JSON.stringify(l.when ?? {}).matchAll(/"choice":"([^"]+)"/g)].some((m) => ids.has(m[1]!))).length;
    };
    const path = [...plansToEndings(s).values()].sort((a, b) => chosenLines(b) - chosenLines(a))[0]!;
    const run = async (mode: 'immediate' | 'debrief') => {
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      const page = await context.newPage();
      if (mode === 'debrief') {
        await page.goto('/#/settings');
        await page.getByRole('radio', { name: 'Hold feedback until the debrief (closer to a real group)' }).check();
        await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
      }
      await startModule(page, id);
      let seen: string[] = [];
      for (const st of path) {
        const before = await transcriptTexts(page);
        if (await page.getByRole('heading', { level: 2, name: 'Debrief' }).count()) break;
        seen = before;
        if (mode === 'debrief') await expect(page.getByRole('heading', { name: 'Feedback on your response' })).toHaveCount(0);
        await step(page, st);
      }
      await context.close();
      return seen;
    };
    const immediate = await run('immediate');
    const deferred = await run('debrief');
    expect(deferred, id).toEqual(immediate);
    // Lines a choice adds are among them.
    const added = s.scenes.flatMap((x) => x.lines).filter((l) => l.when && /chose/.test(JSON.stringify(l.when)));
    expect(added.some((l) => deferred.some((t) => t.includes(l.text.slice(0, 40)))), `${id}: a line a choice adds`).toBe(true);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test('the session screen with the room and the climate passes axe', async ({ page }) => {
      await startModule(page, leaderId);
      await expect(page.getByRole('region', { name: 'Group climate now' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the session with the room open reflows without horizontal scrolling', async ({ page }) => {
    await startModule(page, leaderId);
    await page.getByRole('button', { name: /Show the room/ }).click();
    await expect(page.getByRole('region', { name: 'The circle' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
