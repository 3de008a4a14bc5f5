/**
 * A case file (an instructor's own script) inside an assignment, end to end and across two
 * browser profiles: the instructor adds the file to their library, assigns it, and downloads it
 * from the share step; the learner opens the link, is asked for the file, imports it, plays it to
 * an ending and sends a receipt naming the version played; the instructor imports the receipt and
 * sees the learner in the cohort table with no "other version" flag.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { compileScript } from '../../src/script/compile';
import { parseVocabulary } from '../../src/script/vocabulary';
import { contentHash, nodeMarkdown } from '../../src/tools/load-content';
import { expectNoAxeViolations, keyboardStep } from './support/player';
import { plansToEndings } from './support/plans';

const source = readFileSync('tests/fixtures/branching.md', 'utf8').replace(/^id: .*$/m, 'id: own-night-shift');
const vocabulary = parseVocabulary(readFileSync('content/vocabulary.yaml', 'utf8'), 'content/vocabulary.yaml').vocabulary;
const script = compileScript(source, 'own-night-shift.md', { vocabulary, markdown: nodeMarkdown(), hash: contentHash(source) }).script!;
const [endingId, plan] = [...plansToEndings(script).entries()][0]!;
const endingTitle = script.scenes.find((s) => s.id === endingId)!.ending!.title;

test('an assigned case file travels beside the link, is imported, played and reported with its version', async ({ page, browser }, info) => {
  // Instructor: the case file in their library, then an assignment with it.
  await page.goto('/#/library');
  await page.getByLabel('Case files (.md)').setInputFiles({ name: 'own-night-shift.md', mimeType: 'text/markdown', buffer: Buffer.from(source) });
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible();
  await page.goto('/#/instructor');
  await page.getByLabel('Title', { exact: true }).fill('Week 3: our own case');
  const picker = page.getByRole('group', { name: 'Modules to add' });
  await expect(picker.getByRole('checkbox', { name: script.title })).toHaveCount(1);
  await picker.getByRole('checkbox', { name: script.title }).check();
  await picker.getByRole('button', { name: /^Add the ticked modules/ }).click();
  await expect(page.getByRole('list', { name: 'Assigned modules' })).toContainText('case file: send learners the file too');
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = await page.getByRole('textbox', { name: 'Assignment link' }).inputValue();
  await expect(page.getByRole('heading', { name: 'Case files to send with the link' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Week 3: our own case' })).toContainText('own-night-shift.md, sent separately');
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download case file: ${script.title}` }).click()]);
  expect(download.suggestedFilename()).toBe('own-night-shift.md');
  const file = info.outputPath('own-night-shift.md');
  await download.saveAs(file);
  expect(readFileSync(file, 'utf8')).toBe(source);

  // Learner, in a fresh profile: the assignment asks for the file.
  const learner = await browser.newContext({ reducedMotion: 'reduce' });
  const p = await learner.newPage();
  await p.goto(link);
  await expect(p.getByRole('heading', { level: 1, name: 'Week 3: our own case' })).toBeVisible();
  await expect(p.getByRole('heading', { name: 'Case files to import' })).toBeVisible();
  await expect(p.getByRole('list', { name: 'Assigned modules' })).toContainText('import the file your instructor sent you');
  await expectNoAxeViolations(p);
  await p.getByLabel('Case files from your instructor (.md)').setInputFiles(file);
  await expect(p.getByRole('heading', { name: 'Case files to import' })).toHaveCount(0);
  await p.getByRole('button', { name: 'Add to My assignments' }).click();
  await p.getByRole('list', { name: 'Assigned modules' }).getByRole('link', { name: script.title }).click();
  await p.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(p.getByRole('list', { name: 'Transcript' })).toBeVisible();
  for (const s of plan) await keyboardStep(p, s);
  await expect(p.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();

  await p.goto(link);
  await expect(p.getByRole('list', { name: 'Assigned modules' }).getByRole('listitem')).toContainText('Completed');
  await p.getByRole('button', { name: 'Download receipt' }).click();
  await p.getByLabel('Your name, as your instructor should see it').fill('Sam Doe');
  const [receiptDownload] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download receipt' }).click()]);
  const receiptPath = info.outputPath('receipt.json');
  await receiptDownload.saveAs(receiptPath);
  const receipt = JSON.parse(await readFile(receiptPath, 'utf8'));
  expect(receipt.modules).toEqual([expect.objectContaining({ id: 'own-night-shift', contentHash: script.hash, status: 'completed', endings: [expect.objectContaining({ title: endingTitle })] })]);
  expect(receipt.assignment.modules[0].caseFile).toEqual({ hash: script.hash, title: script.title });
  await learner.close();

  // Instructor: the receipt fits the assignment, with no other-version warning.
  await page.getByLabel('Choose receipt files').setInputFiles(receiptPath);
  await expect(page.getByRole('status').filter({ hasText: 'Read 1 file: 1 accepted' })).toBeVisible();
  const row = page.getByRole('region', { name: 'Cohort table' }).getByRole('row').filter({ hasText: 'Sam Doe' });
  await expect(row).toContainText('Completed');
  await expect(row).toContainText(endingTitle);
  await expect(page.getByText(/Played another version of/)).toHaveCount(0);
});
