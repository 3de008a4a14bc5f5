/**
 * Restoring checks attempts (issue 15, "never stuck loading"), in the browser: a backup downloaded
 * mid-session is changed as a careful forger would (checksum recomputed). With a garbage snapshot
 * but steps that replay, it restores and the module resumes where the steps lead; with steps that
 * do not replay either, the attempt is set aside, the restore says so, Settings lists it, and the
 * module opens on its introduction instead of staying on "Loading the module…".
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { canonicalChecksum } from '../../src/storage/canonical-json';
import { expectNoAxeViolations, startModule, step, transcriptTexts } from './support/player';
import { plansToEndings, script } from './support/plans';

const id = 'first-group';
const plan = [...plansToEndings(script(id)).values()].sort((a, b) => b.length - a.length)[0]!;
/** A snapshot of the right shape that names nothing the module has. */
const garbage = { status: 'active', value: 'no-such-scene', historyValue: {}, context: { climate: {}, chosen: [], visited: ['no-such-scene'], trail: [] }, children: {} };

type Backup = { checksum: string; data: { attempts: Array<{ steps: Array<Record<string, string>>; snapshot: unknown }> } };

/** Play two steps, download a backup from Settings; the file and the transcript at that point. */
async function backupMidSession(page: Page): Promise<{ backup: Backup; transcript: string[] }> {
  await startModule(page, id);
  for (const s of plan.slice(0, 2)) await step(page, s);
  const transcript = await transcriptTexts(page);
  await page.goto('/#/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  return { backup: JSON.parse(await readFile((await (await downloading).path())!, 'utf8')) as Backup, transcript };
}

/** The backup changed by `edit`, its checksum recomputed, picked in the restore control (nothing on the device is newer, so it restores at once). */
async function restoreChanged(page: Page, backup: Backup, edit: (b: Backup) => void) {
  const changed = structuredClone(backup);
  edit(changed);
  const { checksum: _old, ...body } = changed;
  changed.checksum = await canonicalChecksum(body);
  await page.goto('/#/settings');
  await page.getByLabel('Restore from a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
}

test('an attempt with a garbage snapshot but steps that replay is restored and resumes where its steps lead', async ({ page }) => {
  const { backup, transcript } = await backupMidSession(page);
  await restoreChanged(page, backup, (b) => (b.data.attempts[0]!.snapshot = garbage));
  await expect(page.getByRole('status').filter({ hasText: /^Restored 1 attempt and your settings from the backup made on [^.]+\.$/ })).toBeVisible();
  await page.goto(`/#/module/${id}`);
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  expect(await transcriptTexts(page)).toEqual(transcript);
});

test('an attempt that can be neither restored nor replayed is set aside, said so, and the module still opens', async ({ page }) => {
  const { backup } = await backupMidSession(page);
  await restoreChanged(page, backup, (b) => {
    const attempt = b.data.attempts[0]!;
    attempt.snapshot = garbage;
    attempt.steps = [{ ...attempt.steps[0]!, type: 'choice', choice: 'no-such-choice' }];
  });
  await expect(page.getByRole('status').filter({ hasText: /^Restored/ })).toHaveText(
    /^Restored your settings from the backup made on .+\. 1 attempt could not be resumed and was set aside: “[^”]+”, started [^.]+\. Neither its saved place nor its steps fit its module as it is now\. It is kept on this device under “Set-aside records” and in your backups\.$/,
  );
  await expect(page.getByRole('heading', { name: 'Set-aside records' })).toBeVisible();
  await expect(page.getByText('1 record set aside', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/#/module/${id}`);
  await expect(page.getByRole('button', { name: 'Begin', exact: true })).toBeVisible();
  await expect(page.getByText('Loading the module…')).toHaveCount(0);
});
