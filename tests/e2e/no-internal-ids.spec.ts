/**
 * No internal id on any screen (issue 14, items 4 and "Done when"). For three modules, every screen
 * a person meets (home, intro, the session with choices, feedback, the debrief with its path,
 * chart and map, progress, settings, teaching, instructor, library, authoring and an assignment
 * link) is scanned: the text of `main` (every <details> opened, so tables and lists behind them
 * count) and the labels of its controls, for the compiled scripts' ids (scenes, choices, endings,
 * cast, climate variables, competencies, the case id). An id is found when it appears as written
 * (case-sensitive, as a whole word; a hyphenated id or a cast id, since single common words such
 * as "safety" are also ordinary English), or with its hyphens made spaces as the whole text of a
 * short element (a table cell, list item, chart label), case-sensitive (ids are lower case; a
 * vocabulary label such as "Restraint from advice" is not a leak): how "end strong" and "close
 * answers" leaked.
 */
import { expect, test, type Page } from '@playwright/test';
import { plansToEndings, script } from './support/plans';
import { step } from './support/player';
import { linkPayload } from './support/hostile-inputs';
import { canonicalChecksum } from '../../src/storage/canonical-json';
import { DEFAULT_SETTINGS } from '../../src/storage/types';

const MODULES = ['first-group', 'advice-and-interrogation', 'what-is-a-balint-group'];

/** Every id of the modules' compiled scripts, with what it is. */
function idsOf(moduleIds: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const add = (id: string, what: string) => ids.set(id, what);
  for (const mid of moduleIds) {
    const s = script(mid);
    add(s.id, 'case id');
    for (const c of s.cast) add(c.id, `cast id (${s.id})`);
    for (const v of s.climate) add(v.id, `climate variable id (${s.id})`);
    for (const c of s.competencies) add(c, 'competency id');
    for (const sc of s.scenes) {
      add(sc.id, sc.ending ? `ending id (${s.id})` : `scene id (${s.id})`);
      for (const ch of sc.choices) add(ch.id, `choice id (${s.id})`);
    }
  }
  return ids;
}

/** Ids that are also ordinary words the scripts' own prose uses, with where. */
const ALSO_WORDS: Record<string, string> = {
  'car-park': 'first-group\'s feedback says "a car-park conversation"',
};

const IDS = new Map([...idsOf(MODULES)].filter(([id]) => !(id in ALSO_WORDS)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the screen shows: main's text and its short leaf texts, with every <details> opened. */
async function shownText(page: Page): Promise<{ text: string; leaves: string[] }> {
  return page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    for (const d of main.querySelectorAll('details')) d.open = true;
    const labels = [...main.querySelectorAll('[aria-label], label, [title]')].map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`);
    const leaves = [...main.querySelectorAll('th, td, li, text, tspan, label, option, h1, h2, h3, h4, strong, dt, dd, button, a, figcaption, p')]
      .filter((e) => !(e as HTMLElement).closest('[aria-hidden="true"], .visually-hidden') || e.tagName === 'text')
      .map((e) => (e.textContent ?? '').trim().replace(/\s+/g, ' '))
      .filter((t) => t && t.length <= 60);
    return { text: `${(main as HTMLElement).innerText}\n${labels.join('\n')}`, leaves };
  });
}

/** The ids a screen shows, as "id (what) on screen". */
async function leakedIds(page: Page, screen: string, ids: ReadonlyMap<string, string> = IDS): Promise<string[]> {
  const { text, leaves } = await shownText(page);
  const found: string[] = [];
  for (const [id, what] of ids) {
    const distinctive = id.includes('-') || /\d/.test(id) || what.startsWith('cast id');
    const asWritten = distinctive && new RegExp(`(^|[^\\w-])${escape(id)}($|[^\\w-])`).test(text);
    const spaced = id.includes('-') ? id.replace(/-/g, ' ') : undefined;
    const asLabel = spaced === undefined ? undefined : leaves.find((l) => l === spaced || l.startsWith(`${spaced}:`) || l.startsWith(`${spaced} (`) || (l.length >= 12 && spaced.startsWith(l)));
    if (asWritten || asLabel) found.push(`"${id}" (${what}) on ${screen}${asLabel ? `, as "${asLabel}"` : ''}`);
  }
  return found;
}

test.describe.configure({ timeout: 180_000 });

test('no screen shows a script id, for three modules played to their debriefs', async ({ page }) => {
  const leaks: string[] = [];
  const scan = async (screen: string) => leaks.push(...(await leakedIds(page, screen)));
  const visit = async (hash: string, screen: string, heading?: RegExp | string) => {
    await page.goto(`/#/${hash}`);
    await expect(page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await scan(screen);
  };

  await visit('', 'home');
  for (const mid of MODULES) {
    const s = script(mid);
    await visit(`module/${mid}`, `the intro of ${mid}`, s.title);
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
    const plan = [...plansToEndings(s).values()].sort((a, b) => b.length - a.length)[0]!;
    let choices = 0;
    for (const move of plan) {
      if (move.kind === 'choice' && choices++ < 2) await scan(`the session of ${mid} (with choices)`);
      await step(page, move);
      if (move.kind === 'choice' && choices <= 2) await scan(`the feedback of ${mid}`);
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
    await scan(`the debrief of ${mid} (path, chart and map)`);
  }
  await visit('progress', 'progress');
  await visit('settings', 'settings');
  await visit('teaching', 'teaching');
  await visit('instructor', 'instructor');
  await visit('library', 'library');
  await visit('author', 'authoring');
  const assignment = linkPayload({ v: 1, title: 'Week one', cohort: 'Cohort A', feedback: 'debrief', modules: MODULES.map((id) => ({ id, required: true })) });
  await visit(`assignment/${assignment}`, 'the assignment link view');

  expect(leaks).toEqual([]);
});

test('a restored backup naming a deleted case file and a retired module shows words, never their ids', async ({ page }) => {
  // An attempt and a reflection on a case file no longer in the library, and a saved assignment
  // naming it and a module this app no longer has: every screen that lists them names them in words.
  const gone = new Map([['deleted-case-file', 'case id of a deleted case file'], ['retired-module', 'id of a module this app no longer has']]);
  const at = '2026-11-25T10:00:00.000Z';
  const attempt = {
    schema: 1, id: 'restored-attempt', moduleId: 'deleted-case-file', scriptHash: 'x', status: 'completed', startedAt: at, updatedAt: at, activeMs: 60_000,
    steps: [], undone: [], sceneId: 'end', climate: {}, endingId: 'end',
    snapshot: { status: 'done', value: 'end', historyValue: {}, context: { climate: {}, chosen: [], visited: ['end'], trail: [] }, children: {} },
  };
  const assignment = linkPayload({ v: 1, title: 'Week two', cohort: '', feedback: 'immediate', modules: [{ id: 'deleted-case-file', required: true }, { id: 'retired-module', required: false }, { id: 'first-group', required: true }] });
  const data = {
    attempts: [attempt],
    settings: DEFAULT_SETTINGS,
    reflections: [{ schema: 1, attemptId: 'restored-attempt', moduleId: 'deleted-case-file', text: 'What stayed with me.', createdAt: at, updatedAt: at }],
    assignments: [{ schema: 1, id: '00000000000000aa', payload: assignment, addedAt: at }],
  };
  await page.goto('/#/settings');
  const body = { format: 'balint-rehearsal-backup', version: 4, appVersion: 'e2e', exportedAt: at, data };
  const file = JSON.stringify({ ...body, checksum: await canonicalChecksum(body) });
  await page.getByLabel('Restore from a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('status').filter({ hasText: /^Restored 1 attempt/ })).toBeVisible();

  const leaks: string[] = [];
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'My assignments' })).toBeVisible();
  await expect(page.getByRole('list', { name: /Week two/ }).getByText('A module this app no longer has')).toHaveCount(2);
  leaks.push(...(await leakedIds(page, 'home (My assignments)', gone)));
  await page.goto('/#/progress');
  await expect(page.getByRole('heading', { name: 'All attempts' })).toBeVisible();
  // Named in words where its module is listed and where its reflection is.
  await expect(page.getByRole('heading', { name: 'A case no longer in your library' })).toHaveCount(2);
  leaks.push(...(await leakedIds(page, 'progress', gone)));
  expect(leaks).toEqual([]);
});
