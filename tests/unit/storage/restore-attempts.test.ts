/**
 * Restoring checks that each attempt can be resumed (issue 15, "never stuck loading"), with the
 * app's check (`src/app/attempt-restorable.ts`) over the real fixture script and the real backup
 * reader. One fixture per case in tests/fixtures/restore/, each an attempt on tests/fixtures/branching.md.
 */
import { describe, expect, it } from 'vitest';
import { attemptRestorable, scriptsAfterRestore } from '../../../src/app/attempt-restorable';
import { createSessionMachine } from '../../../src/machine/session-machine';
import { restoreAttempt } from '../../../src/session/restore-attempt';
import { makeEnvelope } from '../../../src/storage/backup';
import { parseBackup } from '../../../src/storage/backup-read';
import { restoreBackup } from '../../../src/storage/backup-restore';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { DEFAULT_SETTINGS, type Attempt, type BackupData } from '../../../src/storage/types';
import { validFixture } from '../compile-fixture';
import { fakeLibraryScript } from '../fakes';
import { restoreFixture as fixtureAttempt } from './backup-samples';
import { m } from '../../../src/i18n/messages';

const script = validFixture('branching');
const machine = createSessionMachine(script);
const check = attemptRestorable(async (id) => (id === script.id ? script : undefined));

/** Restore a backup holding `data` through the real reader, with the app's check. */
async function restored(data: Partial<BackupData>) {
  const repo = new MemoryRepository();
  const read = await parseBackup(JSON.stringify(await makeEnvelope({ attempts: [], settings: DEFAULT_SETTINGS, ...data }, new Date('2026-11-26T09:00:00.000Z'))));
  if (!read.ok) throw new Error(m.backupProblems.reason(read.problem));
  const outcome = await restoreBackup(repo, read.backup, { attemptCheck: check });
  return { repo, outcome };
}

describe('a restore checks that each attempt can be resumed', () => {
  it('has fixtures played on the fixture script as it is now', () => {
    for (const name of ['good-attempt', 'garbage-snapshot-replayable', 'garbage-snapshot-no-replay'] as const) expect(fixtureAttempt(name).scriptHash).toBe(script.hash);
  });

  it('restores a good attempt unchanged, and its snapshot resumes', async () => {
    const good = fixtureAttempt('good-attempt');
    const { repo, outcome } = await restored({ attempts: [good] });
    expect(outcome).toEqual({ attempts: 1, notResumable: [] });
    expect(await repo.getAttempt(good.id)).toEqual(good);
    expect(restoreAttempt(machine, script, good)).toMatchObject({ ok: true, openedAs: 'resumed' });
  });

  it('restores an attempt whose snapshot is garbage but whose steps replay, and it resumes by replaying', async () => {
    const attempt = fixtureAttempt('garbage-snapshot-replayable');
    const { repo, outcome } = await restored({ attempts: [attempt] });
    expect(outcome).toEqual({ attempts: 1, notResumable: [] });
    const back = (await repo.activeAttempt(script.id))!;
    expect(back).toEqual(attempt);
    const r = restoreAttempt(machine, script, back);
    expect(r).toMatchObject({ ok: true, openedAs: 'repaired' });
    expect(r.ok && String(r.snapshot.value)).toBe(back.sceneId);
  });

  it('sets aside an attempt whose snapshot is garbage and whose steps do not replay, and says which', async () => {
    const attempt = fixtureAttempt('garbage-snapshot-no-replay');
    const { repo, outcome } = await restored({ attempts: [attempt] });
    const aside = { schema: 1, kind: 'attempt', id: attempt.id, reason: 'does-not-resume', record: attempt };
    expect(outcome).toEqual({ attempts: 0, notResumable: [aside] });
    expect(await repo.listAttempts()).toEqual([]);
    expect(await repo.activeAttempt(script.id)).toBeUndefined();
    expect(await repo.listSetAside()).toEqual([aside]);
  });

  it('brings back an attempt set aside in a backup once it can be resumed', async () => {
    const good = fixtureAttempt('good-attempt');
    const { repo, outcome } = await restored({ setAside: [{ schema: 1, kind: 'attempt', id: good.id, reason: 'does-not-resume', record: good }] });
    expect(outcome).toEqual({ attempts: 1, notResumable: [] });
    expect(await repo.getAttempt(good.id)).toEqual(good);
    expect(await repo.listSetAside()).toEqual([]);
  });

  it('restores as it is an attempt whose case file is in neither the backup nor the library, so it is still listed', async () => {
    const orphan = { ...fixtureAttempt('garbage-snapshot-no-replay'), moduleId: 'case-not-here' };
    const { repo, outcome } = await restored({ attempts: [orphan] });
    expect(outcome.notResumable).toEqual([]);
    expect((await repo.listAttempts()).map((a) => a.id)).toEqual([orphan.id]);
  });

  it('restores a finished attempt as it is, without checking it (a finished attempt is never resumed)', async () => {
    const finished: Attempt = { ...fixtureAttempt('garbage-snapshot-no-replay'), status: 'completed', endingId: 'open' };
    const { outcome } = await restored({ attempts: [finished] });
    expect(outcome.notResumable).toEqual([]);
  });
});

describe('the scripts a restore checks against', () => {
  it('are the built-in module first, then the backup’s case file, or the device’s when the backup has no library', async () => {
    const device = new MemoryRepository();
    await device.saveLibraryScript(fakeLibraryScript({ id: 'on-device' }));
    const withLibrary = scriptsAfterRestore({ attempts: [], settings: DEFAULT_SETTINGS, library: [fakeLibraryScript({ id: 'in-backup' })] }, device);
    expect((await withLibrary('first-group'))?.id).toBe('first-group');
    expect((await withLibrary('in-backup'))?.id).toBe('in-backup');
    expect(await withLibrary('on-device')).toBeUndefined();
    const withoutLibrary = scriptsAfterRestore({ attempts: [], settings: DEFAULT_SETTINGS }, device);
    expect((await withoutLibrary('on-device'))?.id).toBe('on-device');
    expect(await withoutLibrary('in-backup')).toBeUndefined();
  });
});
