/** The backup envelope: round trip, canonical JSON, checksum, file name, staging and comparison. */
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, checksumOf, createBackup, makeEnvelope } from '../../../src/storage/backup';
import { parseBackup, readBackupFile } from '../../../src/storage/backup-read';
import { newerThanBackup, restoreBackup } from '../../../src/storage/backup-restore';
import { canonicalJson } from '../../../src/storage/canonical-json';
import { DexieRepository } from '../../../src/storage/dexie-repository';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeAttempt, fakeLibraryScript, fakeReflection } from '../fakes';
import { DEFAULT_SETTINGS, type BackupData } from '../../../src/storage/types';
import { sampleData } from './backup-samples';
import { m } from '../../../src/i18n/messages';
const when = new Date('2026-11-25T15:00:00.000Z');

describe('canonical JSON', () => {
  it('sorts keys at every level and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 'x y' }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":"x y","z":1}]},"b":1}');
  });

  it('is the same for equal data whatever the key order, and leaves out undefined as JSON does', () => {
    const a = { schema: 1, id: 'x', endingId: undefined, climate: { safety: 1, trust: 2 } };
    const b = { climate: { trust: 2, safety: 1 }, id: 'x', schema: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(JSON.parse(canonicalJson(a))).toEqual(JSON.parse(JSON.stringify(a)));
  });

  it('is stable across a parse and reserialise of the written file', async () => {
    const env = await makeEnvelope(sampleData(), when);
    const text = canonicalJson(env);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
    expect(canonicalJson(JSON.parse(JSON.stringify(env, null, 2)))).toBe(text);
  });
});

describe('envelope', () => {
  it('carries format, version, app version, time and a sha256 checksum around the data', async () => {
    const env = await makeEnvelope(sampleData(), when, '9.9.9');
    expect(env).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, appVersion: '9.9.9', exportedAt: '2026-11-25T15:00:00.000Z' });
    expect(env.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await checksumOf(env)).toBe(env.checksum);
    expect(await checksumOf({ ...env, exportedAt: '2026-11-25T15:00:00.001Z' })).not.toBe(env.checksum);
  });

  it('round-trips: the file read back is equal to the envelope written', async () => {
    const repo = new MemoryRepository();
    await repo.replaceData(sampleData());
    const { blob, envelope } = await createBackup(repo, when);
    const back = await readBackupFile(blob);
    expect(back).toEqual({ ok: true, backup: envelope });
    expect(envelope.data).toEqual(await repo.exportData());
  });

  it('reads a file written with whitespace and keys in another order (checksum is over canonical JSON)', async () => {
    const env = await makeEnvelope(sampleData(), when);
    const reordered = { data: env.data, checksum: env.checksum, exportedAt: env.exportedAt, appVersion: env.appVersion, version: env.version, format: env.format };
    expect((await parseBackup(JSON.stringify(reordered, null, 2))).ok).toBe(true);
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 10, 25, 23, 59))).toBe('balint-rehearsal-backup-2026-11-25.json');
    expect(backupFileName(new Date(2027, 0, 3))).toBe('balint-rehearsal-backup-2027-01-03.json');
  });
});

describe('restore', () => {
  it('restores into an emptied Dexie database everything the backup held, and records its time', async () => {
    const source = new DexieRepository(`backup-src-${Math.random()}`);
    await source.replaceData(sampleData());
    const { blob } = await createBackup(source, when);
    const target = new DexieRepository(`backup-dst-${Math.random()}`);
    await target.saveAttempt(fakeAttempt({ id: 'local' }));
    const read = await readBackupFile(blob);
    if (!read.ok) throw new Error(m.backupProblems.reason(read.problem));
    expect(await restoreBackup(target, read.backup)).toEqual({ attempts: 3, notResumable: [] });
    expect(await target.exportData()).toEqual(await source.exportData());
    expect(await target.lastBackupAt()).toBe(when.toISOString());
  });

  it('counts attempts on the device that a restore would lose or take back', async () => {
    const data = sampleData();
    const env = await makeEnvelope(data, when);
    const attempts = (current: BackupData['attempts'], e = env) => newerThanBackup({ ...data, attempts: current }, e).attempts;
    expect(attempts([])).toBe(0);
    expect(attempts(data.attempts)).toBe(0);
    const [first, ...rest] = data.attempts;
    const later = { ...first!, updatedAt: '2026-11-25T15:00:01.000Z' };
    expect(attempts([later, ...rest])).toBe(1);
    expect(attempts([...data.attempts, fakeAttempt({ id: 'new', updatedAt: '2026-01-01T00:00:00.000Z' })])).toBe(1);
    const older = await makeEnvelope({ ...data, attempts: [{ ...first!, updatedAt: '2026-01-01T00:00:00.000Z' }, ...rest] }, when);
    expect(attempts(data.attempts, older)).toBe(1);
  });

  it('counts reflections, assignments and case files a restore would lose, and none of a kind the backup has no section for', async () => {
    const data = sampleData();
    const env = await makeEnvelope(data, when);
    const extra: BackupData = {
      ...data,
      reflections: [...data.reflections!, fakeReflection('later', { updatedAt: '2026-11-26T00:00:00.000Z' })],
      library: [...data.library!, fakeLibraryScript({ id: 'another' })],
      assignments: [],
    };
    expect(newerThanBackup(extra, env)).toEqual({ attempts: 0, reflections: 1, library: 1, assignments: 0, setAside: 0, drafts: 0, receipts: 0 });
    const v1 = await makeEnvelope({ attempts: data.attempts, settings: data.settings }, when);
    expect(newerThanBackup(extra, v1)).toEqual({ attempts: 0, reflections: 0, library: 0, assignments: 0, setAside: 0, drafts: 0, receipts: 0 });
  });

  it('counts a draft and receipts a restore would lose or take back', async () => {
    const data = sampleData();
    const env = await makeEnvelope(data, when);
    const later = { ...data, drafts: [{ ...data.drafts![0]!, savedAt: '2026-11-26T00:00:00.000Z' }], receipts: [...data.receipts!, { ...data.receipts![0]!, id: '0011223344556677' }] };
    expect(newerThanBackup(later, env)).toMatchObject({ drafts: 1, receipts: 1 });
    expect(newerThanBackup(later, await makeEnvelope({ attempts: data.attempts, settings: data.settings }, when))).toMatchObject({ drafts: 0, receipts: 0 });
  });

  it('restores a version-1 file (attempts and settings only) and leaves reflections, assignments and case files as they are', async () => {
    const repo = new MemoryRepository();
    await repo.replaceData(sampleData());
    const v1 = { ...(await makeEnvelope({ attempts: [], settings: DEFAULT_SETTINGS }, when)), version: 1 as const };
    v1.checksum = await checksumOf(v1);
    const read = await parseBackup(JSON.stringify(v1));
    if (!read.ok) throw new Error(m.backupProblems.reason(read.problem));
    await restoreBackup(repo, read.backup);
    const after = await repo.exportData();
    expect(after.attempts).toEqual([]);
    expect(after.reflections).toEqual(sampleData().reflections);
    expect(after.library).toEqual(sampleData().library);
    expect(after.assignments).toEqual(sampleData().assignments);
  });
});

describe('a case file in a backup may not take a built-in module id', () => {
  it('refuses a backup whose case file has the id of a built-in module, naming it', async () => {
    const data = sampleData();
    data.library = [fakeLibraryScript({ id: 'first-group', title: 'Impostor first group' })];
    const env = await makeEnvelope(data, when);
    const read = await parseBackup(JSON.stringify(env), { builtInIds: new Set(['first-group']) });
    expect(read).toEqual({ ok: false, problem: { code: 'built-in-id', position: 1, key: 'first-group' } });
    if (!read.ok) expect(m.backupProblems.reason(read.problem)).toBe('case file 1 has the id "first-group", which belongs to a module built into Balint Rehearsal, so it cannot be restored as a case file');
  });

  it('accepts the same backup when no built-in module has that id', async () => {
    const data = sampleData();
    data.library = [fakeLibraryScript({ id: 'first-group-own' })];
    expect((await parseBackup(JSON.stringify(await makeEnvelope(data, when)), { builtInIds: new Set(['first-group']) })).ok).toBe(true);
  });
});
