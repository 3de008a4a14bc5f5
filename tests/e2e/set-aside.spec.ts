/**
 * A damaged record on a learner's device, in the real browser: a database written as schema
 * version 3 stores it (the rows of tests/fixtures/db/v3.json plus one damaged attempt) is seeded
 * into IndexedDB before the app opens. The app upgrades it, tells the learner in Settings that one
 * record was set aside and why, everything else still works (the case library, a new session
 * saved), and a backup downloaded from it carries the set-aside record.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, startModule } from './support/player';

/** A database as Dexie wrote it: its version, each store's declaration and its rows. */
interface SeedDb {
  /** Dexie schema version (IndexedDB holds it times ten). */
  dbVersion: number;
  /** Dexie store declarations ("id, moduleId, …": primary key first, then indexes). */
  stores: Record<string, string>;
  /** Rows per store. */
  tables: Record<string, Array<Record<string, unknown>>>;
}

const v3 = JSON.parse(await readFile(resolve(process.cwd(), 'tests/fixtures/db/v3.json'), 'utf8')) as SeedDb;
/** The damaged record: an attempt started on a day that does not exist. */
const damaged = { ...v3.tables.attempts![0]!, id: 'damaged-attempt', startedAt: '2026-02-30T10:00:00.000Z' };
const seed: SeedDb = { ...v3, tables: { ...v3.tables, attempts: [...v3.tables.attempts!, damaged] } };

/** Write the seed with IndexedDB itself, from a same-origin page that is not the app (its icon). */
async function seedDatabase(page: Page, db: SeedDb) {
  await page.goto('/favicon.svg');
  await page.evaluate(
    (db) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('balint-rehearsal', db.dbVersion * 10);
        open.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(db.stores)) {
            const [key, ...indexes] = spec.split(',').map((s) => s.trim());
            const store = open.result.createObjectStore(name, { keyPath: key });
            for (const index of indexes) store.createIndex(index, index);
          }
        };
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(db.tables), 'readwrite');
          for (const [name, rows] of Object.entries(db.tables)) for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    db,
  );
}

test('a damaged record is set aside, shown in Settings, the rest works, and a backup carries it', async ({ page }) => {
  await seedDatabase(page, seed);

  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Set-aside records' })).toBeVisible();
  await expect(page.getByText('1 record set aside', { exact: false })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'could not be read: "startedAt" is not a real date and time' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The rest works: the case file is listed, and a new session is saved beside the damaged record.
  await page.goto('/#/library');
  await expect(page.getByText('Branching fixture').first()).toBeVisible();
  await startModule(page, 'first-group');
  await page.goto('/#/progress');
  await expect(page.getByRole('heading', { name: 'All attempts' })).toBeVisible();

  await page.goto('/#/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const download = await downloading;
  await expect(page.getByRole('status').filter({ hasText: /Backup downloaded .*1 set-aside record/ })).toBeVisible();
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file.version).toBe(4);
  expect(file.data.setAside).toEqual([{ schema: 1, kind: 'attempt', id: 'damaged-attempt', reason: 'unreadable', record: damaged }]);
  const attempts = file.data.attempts as Array<{ id: string; moduleId: string }>;
  expect(attempts.map((a) => a.id)).toEqual(expect.arrayContaining(v3.tables.attempts!.map((a) => a.id)));
  expect(attempts.filter((a) => a.moduleId === 'first-group')).toHaveLength(1);
  expect(file.data.library.map((l: { id: string }) => l.id)).toEqual(v3.tables.library!.map((l) => l.id));
});
