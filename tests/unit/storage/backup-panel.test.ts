/** The Back up and restore panel, rendered with a memory repository (jsdom). */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BackupPanel from '../../../src/views/BackupPanel.svelte';
import { checksumOf, makeEnvelope } from '../../../src/storage/backup';
import { readBackupFile } from '../../../src/storage/backup-read';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeAttempt, fakeLibraryScript } from '../fakes';
import { restoreFixture, sampleData } from './backup-samples';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { captureDownloads } from '../capture-downloads';

const downloads = captureDownloads();

async function pick(text: string) {
  const input = screen.getByLabelText('Restore from a backup file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  await fireEvent.change(input);
}

describe('BackupPanel', () => {
  it('says plainly what the file holds, downloads a backup and shows when it was made', async () => {
    const repo = new MemoryRepository();
    await repo.replaceData(sampleData());
    render(BackupPanel, { props: { repo } });
    expect(screen.getByText(/^The backup file contains your progress, settings, assignments, case files, the draft of a script you are writing, the receipts you imported from learners and your private reflections\. It stays on your device unless you send it somewhere/)).toBeTruthy();
    await screen.findByText('Last backed up: Never');
    await fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/^Backup downloaded as balint-rehearsal-backup-\d{4}-\d{2}-\d{2}\.json \(3 attempts, 1 reflection, 1 assignment, 1 case file, your script draft, 1 imported receipt and your settings\)/);
    expect(downloads).toHaveLength(1);
    const read = await readBackupFile(downloads[0]!.blob);
    expect(read.ok && read.backup.data).toEqual(await repo.exportData());
    expect(await repo.lastBackupAt()).toBe(read.ok && read.backup.exportedAt);
    expect(screen.queryByText('Last backed up: Never')).toBeNull();
  });

  it('refuses a damaged file with its reason and leaves the data as it was', async () => {
    const repo = new MemoryRepository();
    await repo.saveAttempt(fakeAttempt({ id: 'mine' }));
    const before = await repo.exportData();
    render(BackupPanel, { props: { repo } });
    const text = JSON.stringify(await makeEnvelope(sampleData(), new Date()));
    await pick(text.replace('"sceneId":"open"', '"sceneId":"opem"'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/This file was not restored: its checksum does not match .* Your data on this device has not changed\./);
    expect(await repo.exportData()).toEqual(before);
  });

  it('shows text from a hostile file as text, never as HTML', async () => {
    const repo = new MemoryRepository();
    const { container } = render(BackupPanel, { props: { repo } });
    const env = JSON.parse(JSON.stringify(await makeEnvelope(sampleData(), new Date())));
    env.data.attempts[0].id = env.data.attempts[1].id = '<img src=x onerror="globalThis.hacked=1">';
    env.checksum = await checksumOf(env);
    await pick(JSON.stringify(env));
    expect((await screen.findByRole('alert')).textContent).toContain('two attempts have the same id "<img src=x onerror=\\"globalThis.hacked=1\\">"');
    expect(container.querySelector('img')).toBeNull();
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('asks before replacing newer data, changes nothing on Cancel, and replaces on confirmation', async () => {
    const repo = new MemoryRepository();
    const onrestored = vi.fn();
    render(BackupPanel, { props: { repo, onrestored } });
    const text = JSON.stringify(await makeEnvelope(sampleData(), new Date('2026-11-25T15:00:00.000Z')));
    await repo.saveAttempt(fakeAttempt({ id: 'newer', updatedAt: '2026-11-26T09:00:00.000Z' }));
    const before = await repo.exportData();
    await pick(text);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^\s*This backup is older than the data on this device: 1 attempt here is newer than the backup or not in it\./);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' })));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await screen.findByRole('status')).textContent).toBe('Nothing was restored. Your data on this device has not changed.');
    expect(await repo.exportData()).toEqual(before);
    expect(onrestored).not.toHaveBeenCalled();
    await pick(text);
    await fireEvent.click(await screen.findByRole('button', { name: 'Replace my data with the backup' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Restored 3 attempts, 1 reflection, 1 assignment, 1 case file, your script draft, 1 imported receipt and your settings from the backup made on /));
    expect(await repo.exportData()).toEqual(sampleData());
    expect(onrestored).toHaveBeenCalledOnce();
  });

  it('says which attempt could not be resumed and was set aside', async () => {
    const repo = new MemoryRepository();
    render(BackupPanel, { props: { repo } });
    const stuck = restoreFixture('garbage-snapshot-no-replay');
    await pick(JSON.stringify(await makeEnvelope({ attempts: [stuck], settings: DEFAULT_SETTINGS, library: [fakeLibraryScript()] }, new Date('2026-11-26T09:00:00.000Z'))));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^Restored 1 case file and your settings from the backup made on .+\. 1 attempt could not be resumed and was set aside: “Branching fixture”, started 25 Nov 2026\. Neither its saved place nor its steps fit its module as it is now\. It is kept on this device under “Set-aside records” and in your backups\.$/,
      ),
    );
    expect((await repo.listSetAside()).map((r) => [r.kind, r.id, r.reason])).toEqual([['attempt', stuck.id, 'does-not-resume']]);
  });

  it('asks before replacing a newer draft or receipt, and names them', async () => {
    const repo = new MemoryRepository();
    render(BackupPanel, { props: { repo } });
    const text = JSON.stringify(await makeEnvelope(sampleData(), new Date('2026-11-25T15:00:00.000Z')));
    await repo.replaceData(sampleData());
    await repo.saveDraft({ schema: 1, id: 'authoring', source: '---\nid: my-case, later\n---\n', fileName: 'my-case.md', savedAt: '2026-11-26T09:00:00.000Z' });
    await repo.saveReceipt({ schema: 1, id: '0011223344556677', fileName: 'bea.json', source: '{}', importedAt: '2026-11-26T09:05:00.000Z' });
    await pick(text);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^\s*This backup is older than the data on this device: your script draft and 1 imported receipt here are newer than the backup or not in it\./);
  });

  it('restores into an empty device without asking', async () => {
    const repo = new MemoryRepository();
    render(BackupPanel, { props: { repo } });
    await pick(JSON.stringify(await makeEnvelope(sampleData(), new Date())));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Restored 3 attempts/));
    expect(screen.queryByRole('button', { name: 'Replace my data with the backup' })).toBeNull();
    expect((await repo.listAttempts()).length).toBe(3);
  });
});
