/**
 * Set-aside records in backups (backup version 3): carried in every backup, restored as set aside
 * while still unusable, brought back once they pass their checks; older backups still restore.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, checksumOf, createBackup, makeEnvelope } from '../../../src/storage/backup';
import { parseBackup, readBackupFile } from '../../../src/storage/backup-read';
import { newerThanBackup, restoreBackup } from '../../../src/storage/backup-restore';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { DEFAULT_SETTINGS, type BackupData, type SetAsideRecord } from '../../../src/storage/types';
import { fakeAttempt, fakeLibraryScript, fakeReflection } from '../fakes';
import { sampleData } from './backup-samples';
import { m } from '../../../src/i18n/messages';

const when = new Date('2026-11-25T15:00:00.000Z');
const aside = (record: unknown, kind: SetAsideRecord['kind'] = 'attempt', id = 'kept'): SetAsideRecord => ({ schema: 1, kind, id, reason: 'unreadable', record });

/** Read `data` as a backup file and restore it into `repo`, as the Settings page does. */
async function restore(repo: MemoryRepository, data: BackupData, builtInIds?: ReadonlySet<string>) {
  const read = await parseBackup(JSON.stringify(await makeEnvelope(data, when)), { builtInIds });
  if (!read.ok) throw new Error(m.backupProblems.reason(read.problem));
  return restoreBackup(repo, read.backup);
}

describe('set-aside records in backups', () => {
  it('a backup downloaded from a device with a damaged record carries it as a set-aside record', async () => {
    const repo = new MemoryRepository();
    await repo.saveAttempt(fakeAttempt({ id: 'good' }));
    const damaged = { ...fakeAttempt({ id: 'damaged' }), climate: { safety: 'high' } };
    await repo.port.transaction('rw', ['attempts'], (tx) => tx.put('attempts', damaged));
    const read = await readBackupFile((await createBackup(repo, when)).blob);
    if (!read.ok) throw new Error(m.backupProblems.reason(read.problem));
    expect(read.backup.version).toBe(BACKUP_VERSION);
    expect(read.backup.data.attempts.map((a) => a.id)).toEqual(['good']);
    expect(read.backup.data.setAside).toEqual([aside(damaged, 'attempt', 'damaged')]);
  });

  it('restores a set-aside record that is still unusable as set aside, and everything else as it was', async () => {
    const repo = new MemoryRepository();
    const data = { ...sampleData(), setAside: [aside({ id: 'kept', startedAt: 'never' })] };
    await restore(repo, data);
    expect(await repo.listSetAside()).toEqual(data.setAside);
    expect(await repo.exportData()).toEqual(data);
  });

  it('brings back a set-aside record that passes its checks now', async () => {
    const repo = new MemoryRepository();
    const now = fakeAttempt({ id: 'valid-now' });
    const outcome = await restore(repo, { attempts: [], settings: DEFAULT_SETTINGS, setAside: [aside(now, 'attempt', 'valid-now')] });
    expect(outcome.attempts).toBe(1);
    expect(await repo.getAttempt('valid-now')).toEqual(now);
    expect(await repo.listSetAside()).toEqual([]);
  });

  it('keeps a set-aside record set aside when a record of its section has its key', async () => {
    const repo = new MemoryRepository();
    const there = fakeReflection('a');
    const copy = aside(fakeReflection('a', { text: 'An older copy.' }), 'reflection', 'a');
    await restore(repo, { attempts: [], settings: DEFAULT_SETTINGS, reflections: [there], setAside: [copy] });
    expect(await repo.listReflections()).toEqual([there]);
    expect(await repo.listSetAside()).toEqual([copy]);
  });

  it('does not bring back a set-aside case file that takes a built-in module’s id', async () => {
    const repo = new MemoryRepository();
    const impostor = aside(fakeLibraryScript({ id: 'first-group', title: 'Impostor first group' }), 'library', 'first-group');
    await restore(repo, { attempts: [], settings: DEFAULT_SETTINGS, library: [], setAside: [impostor] }, new Set(['first-group']));
    expect(await repo.listLibrary()).toEqual([]);
    expect(await repo.listSetAside()).toEqual([impostor]);
  });

  it('still restores a version-2 backup (no set-aside section), replacing the set-aside records of every kind it holds', async () => {
    const repo = new MemoryRepository();
    await repo.replaceData({ attempts: [], settings: DEFAULT_SETTINGS, setAside: [aside(null)] });
    const { setAside: _none, drafts: _later, receipts: _later2, ...v2data } = sampleData();
    const v2 = { ...(await makeEnvelope(v2data, when)), version: 2 as const };
    v2.checksum = await checksumOf(v2);
    const read = await parseBackup(JSON.stringify(v2));
    if (!read.ok) throw new Error(m.backupProblems.reason(read.problem));
    expect((await restoreBackup(repo, read.backup)).attempts).toBe(3);
    expect(await repo.exportData()).toEqual({ ...sampleData(), drafts: [], receipts: [] });
  });

  it('counts the set-aside records a restore would take away', async () => {
    const current = { ...sampleData(), setAside: [aside(1, 'attempt', 'a'), aside(2, 'reflection', 'b'), aside(3, 'attempt', 'c')] };
    const env = await makeEnvelope({ ...sampleData(), setAside: [aside(3, 'attempt', 'c')] }, when);
    expect(newerThanBackup(current, env).setAside).toBe(2);
    const v1 = await makeEnvelope({ attempts: sampleData().attempts, settings: DEFAULT_SETTINGS }, when);
    expect(newerThanBackup(current, v1).setAside).toBe(2);
  });
});
