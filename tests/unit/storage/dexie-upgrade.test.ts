/**
 * Every released Dexie schema version has a fixture, tests/fixtures/db/vN.json: the same learner's
 * data as version N stored it, with N's own store declaration. Each fixture is written into a fresh
 * database declared exactly as version N declared it (none of our upgrade code runs), then opened
 * with the current DexieRepository, which must read back the newest fixture's rows: every row
 * readable and equal, none lost. Releasing version N+1 means adding vN+1.json (the same data in the
 * new shape) and the `version(N+1).upgrade()`; this test then checks every older fixture upgrades.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, DexieRepository } from '../../../src/storage/dexie-repository';
import { DEFAULT_SETTINGS, type Attempt } from '../../../src/storage/types';

/** One fixture file. */
interface DbFixture {
  /** What the file holds. */
  about: string;
  /** The Dexie schema version that wrote these rows. */
  dbVersion: number;
  /** That version's `stores()` declaration. */
  stores: Record<string, string>;
  /** Rows per table, exactly as stored. */
  tables: { attempts: Attempt[]; settings: Array<{ key: string; value: unknown }> } & Record<string, unknown[]>;
}

const dir = resolve(process.cwd(), 'tests/fixtures/db');
const fixtures: DbFixture[] = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as DbFixture)
  .sort((a, b) => a.dbVersion - b.dbVersion);
const newest = fixtures[fixtures.length - 1]!;

/** Write a fixture's rows into a database declared as its version declared it. */
async function writeOldDatabase(fx: DbFixture): Promise<string> {
  const name = `fixture-v${fx.dbVersion}-${Math.random()}`;
  const old = new Dexie(name);
  old.version(fx.dbVersion).stores(fx.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fx.tables)) await old.table(table).bulkAdd(rows);
  expect(old.verno).toBe(fx.dbVersion);
  old.close();
  return name;
}

/** Rows of a table through the repository, which checks every record it reads (unreadable ones are skipped). */
async function readable(repo: DexieRepository, table: string): Promise<unknown[]> {
  switch (table) {
    case 'attempts':
      return (await repo.exportData()).attempts;
    case 'settings':
      return [{ key: 'settings', value: await repo.getSettings() }];
    case 'assignments':
      return repo.listAssignments();
    case 'reflections':
      return repo.listReflections();
    case 'library':
      return repo.listLibrary();
    case 'setAside':
      return repo.listSetAside();
    case 'drafts':
      return repo.listDrafts();
    case 'receipts':
      return repo.listReceipts();
    default:
      throw new Error(`the test does not know table ${table}: add it here`);
  }
}

const byJson = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('Dexie schema versions', () => {
  it('has one fixture for every released version, up to the current one', () => {
    expect(fixtures.map((f) => f.dbVersion)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('the newest fixture has a row in every table, so every table is exercised', () => {
    for (const [table, rows] of Object.entries(newest.tables)) expect(rows.length, table).toBeGreaterThan(0);
  });

  describe.each(fixtures)('a database written by version $dbVersion', (fx) => {
    it('opens with the current code with every row kept, readable and equal, and the newer tables empty', async () => {
      const repo = new DexieRepository(await writeOldDatabase(fx));
      await repo.db.open();
      expect(repo.db.verno).toBe(DB_VERSION);
      for (const table of Object.keys(newest.tables)) {
        const rows = fx.tables[table] ?? [];
        expect(byJson(await repo.db.table(table).toArray()), table).toEqual(byJson(rows));
        // Settings fields added since read as their defaults (the stored row itself is unchanged).
        const expected = table === 'settings' ? rows.map((r) => ({ ...(r as object), value: { ...DEFAULT_SETTINGS, ...(r as { value: object }).value } })) : rows;
        expect(byJson(await readable(repo, table)), `${table} through the repository`).toEqual(byJson(expected));
      }
      for (const a of fx.tables.attempts) expect(await repo.getAttempt(a.id)).toEqual(a);
      repo.db.close();
    });
  });

  it('opens a database of schema version 3 holding a damaged attempt: the rest readable, the damaged one set aside, no row lost', async () => {
    const v3 = fixtures.find((f) => f.dbVersion === 3)!;
    const damaged = { ...v3.tables.attempts[0]!, id: 'damaged', startedAt: '2026-02-30T10:00:00.000Z' };
    const repo = new DexieRepository(await writeOldDatabase({ ...v3, tables: { ...v3.tables, attempts: [...v3.tables.attempts, damaged] } }));
    expect(byJson((await repo.exportData()).attempts)).toEqual(byJson(v3.tables.attempts));
    expect(await repo.listSetAside()).toEqual([{ schema: 1, kind: 'attempt', id: 'damaged', reason: 'unreadable', record: damaged }]);
    expect(await repo.db.table('attempts').count()).toBe(v3.tables.attempts.length + 1);
    repo.db.close();
  });
});
