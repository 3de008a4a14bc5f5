/**
 * Backup and restore in Settings, in the production build, with a realistic amount of data
 * (backup-seed.ts: 50 completed attempts, 20 reflections, 3 case files).
 *
 * 1. A fresh profile plays the longest plan of one module to its ending by role and name, and
 *    downloads a backup: that file's attempt is the one the seed copies.
 * 2. Each run, a fresh (empty) profile on #/settings picks the seed file in "Restore from a
 *    backup file": `change` event → the "Restored …" status (reading, every check, one
 *    transaction). Then, in that profile, "Download a backup" is pressed: click → the download
 *    link's click in the page, and the file's size from Playwright's download. The restore is
 *    checked by its status, and the downloaded file by its counts.
 * Times are in the page's clock (ui-probe.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BackupEnvelope } from '../../storage/backup';
import { plansToEndings, script, type PlanStep } from '../../../tests/e2e/support/plans';
import { SEED, seedBackup } from './backup-seed';
import { inFreshProfile, type RunTarget } from './fresh-profile';
import { round, summarise, type Summary } from './stats';
import { arm, outcome } from './ui-probe';

/** Everything measured for backup and restore. */
export interface BackupResults {
  runs: number;
  /** Module whose played attempt was copied. */
  module: string;
  attempts: number;
  reflections: number;
  caseFiles: number;
  /** Size of the seed file (made in Node) and of the backup the app wrote of the same data. */
  seedBytes: number;
  backupBytes: number;
  /** Pick (`change`) → "Restored …" status, into an empty profile. */
  pickToRestoredMs: Summary;
  /** Press → download link's click. */
  pressToDownloadMs: Summary;
}

/** Open Settings once its backup section knows the last backup time (storage is open). */
async function openSettings(page: Page) {
  await page.goto('/#/settings');
  await page.getByRole('heading', { name: 'Back up and restore' }).waitFor();
  await page.getByText(/^Last backed up: (?!…)/).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Press "Download a backup"; the in-page time and the file. */
async function timedBackup(page: Page): Promise<{ ms: number; text: string }> {
  await arm(page, { event: 'click', selector: '[role="status"]', pattern: '^Backup downloaded as ', download: true });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const download = await downloading;
  const t = await outcome(page, 'download a backup');
  return { ms: t.tDownload - t.tEvent, text: readFileSync(await download.path(), 'utf8') };
}

/** Play to an ending by role and name, waiting for each step to show. */
async function play(page: Page, id: string, plan: PlanStep[]) {
  await page.goto(`/#/module/${id}`);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await page.getByRole('list', { name: 'Transcript' }).waitFor();
  const items = page.getByRole('list', { name: 'Transcript' }).getByRole('listitem');
  const debrief = page.getByRole('heading', { level: 2, name: 'Debrief' });
  for (const s of plan) {
    const before = await items.count();
    if (s.kind === 'continue') await page.getByRole('button', { name: 'Continue', exact: true }).click();
    else await page.getByRole('group', { name: 'Your response' }).getByRole('button', { name: s.name, exact: true }).click();
    await items.nth(before).or(debrief).first().waitFor();
  }
  await debrief.waitFor();
}

/** Run the backup benchmark. */
export async function runBackupBench(root: string, id: string, opts: RunTarget & { runs: number; log: (s: string) => void }): Promise<BackupResults> {
  const plan = [...plansToEndings(script(id)).values()].sort((a, b) => b.length - a.length)[0];
  if (!plan) throw new Error(`${id}: no plan reaches an ending`);

  // 1. One real attempt, as the app backs it up.
  const real = await inFreshProfile(opts, async (page) => {
    await play(page, id, plan);
    await openSettings(page);
    return JSON.parse((await timedBackup(page)).text) as BackupEnvelope;
  });
  const played = real.data.attempts.find((a) => a.moduleId === id && a.status === 'completed');
  if (!played) throw new Error(`backup: no completed ${id} attempt in the played profile's backup`);
  const seed = await seedBackup(root, played, real.data.settings);
  const dir = mkdtempSync(join(tmpdir(), 'balint-bench-seed-'));
  const file = join(dir, 'balint-rehearsal-backup-bench.json');
  writeFileSync(file, seed.text);
  opts.log(`backup: seed of ${SEED.attempts} attempts, ${SEED.reflections} reflections, ${seed.data.library!.length} case files (${Buffer.byteLength(seed.text)} bytes)`);

  // 2. Restore into an empty profile, then back up what was restored.
  const restores: number[] = [];
  const downloads: number[] = [];
  let backupBytes = 0;
  const counts = `${SEED.attempts} attempts, ${SEED.reflections} reflections, ${seed.data.library!.length} case files and your settings`;
  try {
    for (let r = 0; r < opts.runs; r++) {
      await inFreshProfile(opts, async (page) => {
        await openSettings(page);
        await arm(page, { event: 'change', selector: '[role="status"]', pattern: '^Restored ' });
        await page.getByLabel('Restore from a backup file').setInputFiles(file);
        const t = await outcome(page, 'restore the seed backup');
        if (!t.text.startsWith(`Restored ${counts} from the backup made on `)) throw new Error(`backup: unexpected status "${t.text}"`);
        restores.push(round(t.tText - t.tEvent));

        const b = await timedBackup(page);
        const d = (JSON.parse(b.text) as BackupEnvelope).data;
        if (d.attempts.length !== SEED.attempts || d.reflections?.length !== SEED.reflections || d.library?.length !== seed.data.library!.length)
          throw new Error(`backup: the downloaded backup holds ${d.attempts.length} attempts, ${d.reflections?.length} reflections, ${d.library?.length} case files`);
        downloads.push(round(b.ms));
        backupBytes = Buffer.byteLength(b.text);
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  opts.log(`backup: restored and backed up ${opts.runs} times`);
  return {
    runs: opts.runs,
    module: id,
    attempts: SEED.attempts,
    reflections: SEED.reflections,
    caseFiles: seed.data.library!.length,
    seedBytes: Buffer.byteLength(seed.text),
    backupBytes,
    pickToRestoredMs: summarise(restores),
    pressToDownloadMs: summarise(downloads),
  };
}
