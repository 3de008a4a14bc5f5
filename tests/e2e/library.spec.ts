import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { compileScript } from '../../src/script/compile';
import { parseVocabulary } from '../../src/script/vocabulary';
import { contentHash, nodeMarkdown } from '../../src/tools/load-content';
import { expectNoAxeViolations, keyboardStep, transcriptTexts } from './support/player';
import { plansToEndings } from './support/plans';

// The case file: tests/fixtures/branching.md, a small valid script (id fixture-branching).
const source = readFileSync('tests/fixtures/branching.md', 'utf8');
const broken = readFileSync('tests/fixtures/library-broken.md', 'utf8');
const hostile = readFileSync('tests/fixtures/library-hostile.md', 'utf8');
const vocabulary = parseVocabulary(readFileSync('content/vocabulary.yaml', 'utf8'), 'content/vocabulary.yaml').vocabulary;
const script = compileScript(source, 'branching.md', { vocabulary, markdown: nodeMarkdown(), hash: contentHash(source) }).script!;
const plan = plansToEndings(script).get('open')!;

async function openLibrary(page: Page) {
  await page.goto('/#/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your case files' })).toBeVisible();
}

test('an instructor shares a case file; a learner imports it, plays it with a reload, and finds it in Progress and its debrief', async ({ page, browser }, info) => {
  // Instructor: check the script on the authoring screen and download the case file.
  await page.goto('/#/author');
  await page.getByLabel('Script file (.md)').setInputFiles({ name: 'my-case.md', mimeType: 'text/markdown', buffer: Buffer.from(source) });
  await expect(page.getByRole('heading', { name: 'No problems found' })).toBeVisible();
  await expect(page.getByText('they import it in their Case library')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download case file (fixture-branching.md)' }).click()]);
  expect(download.suggestedFilename()).toBe('fixture-branching.md');
  const path = info.outputPath('fixture-branching.md');
  await download.saveAs(path);
  expect(readFileSync(path, 'utf8')).toBe(source);
  await page.getByRole('button', { name: 'Add to my library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toHaveText('“Branching fixture” (my-case.md) was added to your case library.');
  await expectNoAxeViolations(page);

  // Learner: a fresh browser profile.
  const learner = await browser.newContext({ reducedMotion: 'reduce' });
  const p = await learner.newPage();
  await p.goto('/');
  await p.getByRole('link', { name: 'Open your case library' }).click();
  await expect(p.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
  await expect(p.getByText('fictional composite').first()).toBeVisible();
  await p.getByLabel('Case files (.md)').setInputFiles(path);
  await expect(p.getByRole('status').filter({ hasText: 'was added' })).toHaveText('“Branching fixture” (fixture-branching.md) was added to your case library.');
  await expect(p.getByRole('heading', { level: 3, name: 'Branching fixture' })).toBeVisible();
  await expectNoAxeViolations(p);

  // Play by keyboard, reloading after the first choice.
  await p.getByRole('link', { name: 'Play Branching fixture' }).click();
  await expect(p.getByRole('heading', { level: 1, name: 'Branching fixture' })).toBeVisible();
  await p.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(p.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await keyboardStep(p, plan[0]!);
  const before = await transcriptTexts(p);
  await p.reload();
  await expect(p.getByRole('list', { name: 'Transcript' })).toBeVisible();
  expect(await transcriptTexts(p)).toEqual(before);
  await p.goto('/');
  await expect(p.getByText('1 case file on this device.')).toBeVisible();
  await p.getByRole('link', { name: 'Branching fixture: continue' }).click();
  await expect(p.getByRole('list', { name: 'Transcript' })).toBeVisible();
  expect(await transcriptTexts(p)).toEqual(before);
  for (const s of plan.slice(1)) await keyboardStep(p, s);
  await expect(p.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();

  // Progress names the case file by its title; the attempt's debrief opens.
  await p.goto('/#/progress');
  await expect(p.getByRole('heading', { level: 3, name: 'Branching fixture' })).toBeVisible();
  await expect(p.getByRole('rowheader', { name: 'Branching fixture' })).toBeVisible();
  // The ending is named by its title (from the compiled case file) and its kind if it has one, not its id.
  const endingTitle = script.scenes.find((x) => x.id === 'open')!.ending!.title;
  await expect(p.getByRole('link', { name: new RegExp(`^${endingTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(.+\\))? \\(open the debrief\\)$`) })).toBeVisible();
  await p.getByRole('link', { name: /open the debrief/ }).click();
  await expect(p.getByRole('heading', { level: 1, name: 'Branching fixture' })).toBeVisible();
  await expect(p.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await expect(p.getByRole('heading', { level: 3, name: 'Your path' })).toBeVisible();
  await learner.close();
});

test('a broken case file shows every file:line message and stores nothing', async ({ page }) => {
  await openLibrary(page);
  await expect(page.getByText('There are no case files on this device yet.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Case files (.md)').setInputFiles({ name: 'library-broken.md', mimeType: 'text/markdown', buffer: Buffer.from(broken) });
  const live = page.getByRole('status').filter({ hasText: 'was not imported' });
  await expect(live.getByText('“library-broken.md” was not imported: 2 problems to fix.')).toBeVisible();
  const line = broken.split('\n').findIndex((l) => l.includes('#nowhere')) + 1;
  const problems = live.getByRole('list', { name: 'Problems in library-broken.md' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.first()).toHaveText(`library-broken.md:${line}: choice "protect" goes to unknown scene "nowhere"`);
  await expect(problems.nth(1)).toHaveText(/^library-broken\.md:\d+: .*no-such-competency/);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByText('There are no case files on this device yet.')).toBeVisible();
});

test('several files at once are reported separately, and the same file twice changes nothing', async ({ page }) => {
  await openLibrary(page);
  const input = page.getByLabel('Case files (.md)');
  await input.setInputFiles([
    { name: 'fixture-branching.md', mimeType: 'text/markdown', buffer: Buffer.from(source) },
    { name: 'library-broken.md', mimeType: 'text/markdown', buffer: Buffer.from(broken) },
  ]);
  await expect(page.getByText('“Branching fixture” (fixture-branching.md) was added to your case library.')).toBeVisible();
  await expect(page.getByText('“library-broken.md” was not imported: 2 problems to fix.')).toBeVisible();
  await input.setInputFiles({ name: 'again.md', mimeType: 'text/markdown', buffer: Buffer.from(source) });
  await expect(page.getByText('“Branching fixture” (again.md) is already in your case library, exactly as in this file. Nothing changed.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);
});

test('a first-time visit to home loads neither storage nor the compiler, and links to the case library', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Your case library' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open your case library' })).toHaveAttribute('href', '#/library');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /open-repository|compile-in-browser|compile-case-file|dexie/i.test(s))).toEqual([]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});

test('files dropped on the marked area are imported', async ({ page }) => {
  await openLibrary(page);
  const area = page.getByRole('group', { name: 'Drop case files here, or choose them' });
  const data = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
    return dt;
  }, source);
  await area.dispatchEvent('dragover', { dataTransfer: data });
  await area.dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByText('“Branching fixture” (dropped.md) was added to your case library.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Branching fixture' })).toBeVisible();
});

test('hostile markup in a case file stays inert in the library, the introduction and the session', async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel('Case files (.md)').setInputFiles({ name: 'library-hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(hostile) });
  const title = '<img src=x onerror=alert(1)> Hostile case';
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await page.getByRole('link', { name: `Play ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('An introduction with')).toBeVisible();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toContainText("Why didn't you refer her?");
  const dom = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    active: document.querySelectorAll('main script, main iframe, main svg[onload], main img, main form').length,
    jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
  }));
  expect(dom).toEqual({ pwned: undefined, handlers: [], active: 0, jsLinks: 0 });
});
