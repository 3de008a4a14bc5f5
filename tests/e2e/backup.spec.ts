/**
 * Backup and restore in the browser, as a learner does it: play part of a module, download a
 * backup from Settings, lose the site's data, restore the file, and find the same progress and the
 * module resuming at the same scene with the same transcript. Damaged and hostile files are
 * refused or shown as text, and restoring over newer data asks first.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, startModule, step, transcriptTexts } from './support/player';
import { plansToEndings, script } from './support/plans';
import { compileScript } from '../../src/script/compile';
import { parseVocabulary } from '../../src/script/vocabulary';
import { contentHash, nodeMarkdown } from '../../src/tools/load-content';

const id = 'first-group';
const plan = [...plansToEndings(script(id)).values()].sort((a, b) => b.length - a.length)[0]!;
const half = Math.max(2, Math.floor(plan.length / 2));
const restoreInput = (page: Page) => page.getByLabel('Restore from a backup file');

/** What the Progress page shows: modules and every attempt. */
async function progressText(page: Page): Promise<string> {
  await page.goto('/#/progress');
  await expect(page.getByRole('heading', { name: 'All attempts' })).toBeVisible();
  // The reflections list reads storage on its own: compare the page once it has, not mid-load.
  await expect(page.getByRole('main').getByText('Loading…')).toHaveCount(0);
  return page.getByRole('main').innerText();
}

/** The module's transcript once it has resumed. */
async function resumedTranscript(page: Page): Promise<string[]> {
  await page.goto(`/#/module/${id}`);
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  return transcriptTexts(page);
}

/**
 * Delete the app's database, as "clear site data" does. Done from a same-origin page that is not
 * the app (its icon), so no open connection blocks the delete or reloads the page meanwhile.
 */
async function clearSiteData(page: Page) {
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('balint-rehearsal');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
        r.onblocked = () => reject(new Error('delete blocked by an open connection'));
      }),
  );
}

/** Download a backup from Settings; the file's text and name. */
async function backUp(page: Page): Promise<{ text: string; name: string }> {
  await page.goto('/#/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const download = await downloading;
  await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded' })).toBeVisible();
  return { text: await readFile((await download.path())!, 'utf8'), name: download.suggestedFilename() };
}

/** Canonical JSON (keys sorted, no whitespace), written independently of the app's. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** A backup file as the app writes one, checksummed with Node's own SHA-256. */
function envelope(data: unknown) {
  const body = { format: 'balint-rehearsal-backup', version: 1, appVersion: 'e2e', exportedAt: '2026-11-25T11:00:00.000Z', data };
  return JSON.stringify({ ...body, checksum: `sha256:${createHash('sha256').update(canonical(body)).digest('hex')}` });
}

/** Pick a file in the restore control. */
async function pick(page: Page, text: string, name = 'backup.json') {
  await restoreInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a backup restored after the site data was cleared brings back the same progress and resume point', async ({ page }) => {
  await startModule(page, id);
  for (const s of plan.slice(0, half)) await step(page, s);
  const transcript = await transcriptTexts(page);
  const progress = await progressText(page);

  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Back up and restore' })).toBeVisible();
  await expect(page.getByText('Last backed up: Never')).toBeVisible();
  await expectNoAxeViolations(page);
  const file = await backUp(page);
  expect(file.name).toMatch(/^balint-rehearsal-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(file.text)).toMatchObject({ format: 'balint-rehearsal-backup', version: 4, data: { attempts: [{ moduleId: id, status: 'active' }] } });
  await expect(page.getByText(/^Last backed up: (?!Never)/)).toBeVisible();

  await clearSiteData(page);
  await page.goto('/#/progress');
  await expect(page.getByText('You have not played a module yet.')).toBeVisible();

  await page.goto('/#/settings');
  await expect(page.getByText('Last backed up: Never')).toBeVisible();
  await pick(page, file.text, file.name);
  await expect(page.getByRole('status').filter({ hasText: /^Restored 1 attempt and your settings from the backup made on / })).toBeVisible();
  await expect(page.getByText(/^Last backed up: (?!Never)/)).toBeVisible();

  expect(await progressText(page)).toBe(progress);
  expect(await resumedTranscript(page)).toEqual(transcript);
  for (const s of plan.slice(half)) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
});

test('a damaged backup is refused with its reason and the data stays as it was', async ({ page }) => {
  await startModule(page, id);
  await step(page, plan[0]!);
  const file = await backUp(page);
  const progress = await progressText(page);
  const transcript = await resumedTranscript(page);

  await page.goto('/#/settings');
  const damaged = file.text.replace('"status":"active"', '"status":"activE"');
  expect(damaged).not.toBe(file.text);
  await pick(page, damaged);
  await expect(page.getByRole('alert')).toHaveText(/^This file was not restored: its checksum does not match its content.*Your data on this device has not changed\.$/);
  await expectNoAxeViolations(page);
  await pick(page, file.text.slice(0, file.text.length / 2));
  await expect(page.getByRole('alert')).toHaveText(/not complete JSON/);

  expect(await progressText(page)).toBe(progress);
  expect(await resumedTranscript(page)).toEqual(transcript);
});

test('restoring an older backup over newer progress asks first, and Cancel changes nothing', async ({ page }) => {
  await startModule(page, id);
  await step(page, plan[0]!);
  const file = await backUp(page);
  const older = await resumedTranscript(page);
  await step(page, plan[1]!);
  const newer = await transcriptTexts(page);

  await page.goto('/#/settings');
  await pick(page, file.text);
  await expect(page.getByRole('alert')).toContainText('This backup is older than the data on this device: 1 attempt here is newer than the backup or not in it.');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was restored.' })).toBeVisible();
  expect(await resumedTranscript(page)).toEqual(newer);

  await page.goto('/#/settings');
  await pick(page, file.text);
  await page.getByRole('button', { name: 'Replace my data with the backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored 1 attempt/ })).toBeVisible();
  expect(await resumedTranscript(page)).toEqual(older);
});

test('text from a restored file is shown as text, never run as HTML', async ({ page }) => {
  const payload = '<img src=x onerror="window.__xss=1">';
  const attempt = {
    schema: 1, id: 'hostile', moduleId: payload, scriptHash: 'x', status: 'completed', startedAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:05:00.000Z', activeMs: 1000, steps: [], undone: [], sceneId: payload, climate: {}, endingId: payload,
    snapshot: { status: 'done', value: payload, historyValue: {}, context: { climate: {}, chosen: [], visited: [payload], trail: [] }, children: {} },
  } as const;
  await page.goto('/#/settings');
  await pick(page, envelope({ attempts: [attempt], settings: { schema: 1, feedbackMode: 'immediate', pace: 'readable' } }));
  await expect(page.getByRole('status').filter({ hasText: /^Restored 1 attempt/ })).toBeVisible();
  await page.goto('/#/progress');
  // The attempt's module id is the payload: an id is never shown to a person, so Progress names
  // the module as one no longer in the library, and nothing of the payload becomes an element.
  await expect(page.getByRole('heading', { name: 'A case no longer in your library' })).toBeVisible();
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expectNoAxeViolations(page);
});

test('a backup carries reflections, saved assignments and case files through cleared site data', async ({ page }) => {
  // A case file in the library, played to an ending, with a reflection; and an assignment saved from a link.
  const source = (await readFile('tests/fixtures/branching.md', 'utf8')).replace(/^id: .*$/m, 'id: own-backup-case');
  await page.goto('/#/library');
  await page.getByLabel('Case files (.md)').setInputFiles({ name: 'own-backup-case.md', mimeType: 'text/markdown', buffer: Buffer.from(source) });
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible();
  await page.getByRole('link', { name: 'Play Branching fixture' }).click();
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  const own = compileScript(source, 'own-backup-case.md', { vocabulary: parseVocabulary(await readFile('content/vocabulary.yaml', 'utf8'), 'vocabulary.yaml').vocabulary, markdown: nodeMarkdown(), hash: contentHash(source) }).script!;
  for (const s of [...plansToEndings(own).values()][0]!) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  const reflection = 'What stayed with me was the pause before anyone spoke.';
  await page.getByRole('textbox', { name: 'Your reflection on this session' }).fill(reflection);
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reflection saved on this device.' })).toBeVisible();
  const assignment = Buffer.from(JSON.stringify({ v: 1, title: 'Backed-up assignment', cohort: 'Cohort A', feedback: 'debrief', modules: [{ id, required: true }] })).toString('base64url');
  await page.goto(`/#/assignment/${assignment}`);
  await page.getByRole('button', { name: 'Add to My assignments' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to My assignments' })).toBeVisible();

  const file = await backUp(page);
  expect(JSON.parse(file.text).data).toMatchObject({
    library: [{ id: 'own-backup-case', source }],
    reflections: [{ moduleId: 'own-backup-case', text: reflection }],
    // Saved in the short link format (3), whichever format the link came in.
    assignments: [{ payload: expect.stringMatching(/^3[\w-]+$/) }],
  });
  await expect(page.getByRole('status').filter({ hasText: '1 attempt, 1 reflection, 1 assignment, 1 case file and your settings' })).toBeVisible();

  await clearSiteData(page);
  await page.goto('/#/settings');
  await pick(page, file.text, file.name);
  await expect(page.getByRole('status').filter({ hasText: /^Restored 1 attempt, 1 reflection, 1 assignment, 1 case file and your settings/ })).toBeVisible();

  await page.goto('/#/progress');
  await expect(page.getByRole('region', { name: 'Your reflections' })).toContainText(reflection);
  await page.goto('/#/library');
  await expect(page.getByRole('heading', { level: 3, name: 'Branching fixture' })).toBeVisible();
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: 'Backed-up assignment' })).toBeVisible();
});
