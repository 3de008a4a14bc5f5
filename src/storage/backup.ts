/**
 * The backup file: one versioned JSON envelope around everything the repository exports, with a
 * SHA-256 over a canonical serialisation (keys sorted, no whitespace) of everything but the
 * checksum itself, so the file's layout may change while any change to its content is caught.
 * Version 1 held attempts and settings; version 2 adds optional sections for saved assignments,
 * private reflections and the case-file library; version 3 adds set-aside records (records the
 * app kept but could not use); version 4 adds the authoring screen's drafts. Older files still restore: a version-1 file leaves the kinds of
 * data it never had on the device untouched.
 *
 * Reading a file is `backup-read.ts` (every check, before anything is written); restoring it is
 * `backup-restore.ts` (attempts that cannot be resumed are set aside, then one transaction).
 *
 * Adding a section: add it to `BackupData` as optional, to the reader's `DataSchema` and sections,
 * and to `exportData`/`replaceData`; bump BACKUP_VERSION so an older app says "made by a newer
 * version" rather than "unknown field". Older files stay readable.
 */
import { canonicalChecksum } from './canonical-json';
import { version as APP_VERSION } from '../../package.json';
import type { ProgressRepository } from './repository';
import type { BackupData } from './types';

/** The `format` every backup file carries. */
export const BACKUP_FORMAT = 'balint-rehearsal-backup';
/** Version of the backup envelope this app writes (and the newest it reads). */
export const BACKUP_VERSION = 4;
/** Every backup version this app reads. */
export const BACKUP_VERSIONS = [1, 2, 3, 4] as const;
/** Largest file accepted for restore. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Most attempts a backup may hold. */
export const MAX_ATTEMPTS = 10_000;

/** A backup file's content. */
export interface BackupEnvelope {
  /** Always BACKUP_FORMAT. */
  format: typeof BACKUP_FORMAT;
  /** Envelope version. */
  version: (typeof BACKUP_VERSIONS)[number];
  /** Version of the app that wrote it. */
  appVersion: string;
  /** ISO time the backup was made. */
  exportedAt: string;
  /** `sha256:` and the hex SHA-256 of the canonical JSON of every other field. */
  checksum: string;
  /** The learner's data. */
  data: BackupData;
}

/** `sha256:` and the hex SHA-256 of the canonical JSON of the envelope without its checksum. */
export async function checksumOf(envelope: Omit<BackupEnvelope, 'checksum'> & { checksum?: unknown }): Promise<string> {
  const { checksum: _ignored, ...rest } = envelope;
  return canonicalChecksum(rest);
}

/** Wrap data in a checksummed envelope. */
export async function makeEnvelope(data: BackupData, exportedAt: Date, appVersion = APP_VERSION): Promise<BackupEnvelope> {
  const body = { format: BACKUP_FORMAT, version: BACKUP_VERSION, appVersion, exportedAt: exportedAt.toISOString(), data } as const;
  return { ...body, checksum: await checksumOf(body) };
}

/** File name for a backup made at `when` (the learner's local date). */
export function backupFileName(when: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `balint-rehearsal-backup-${when.getFullYear()}-${p(when.getMonth() + 1)}-${p(when.getDate())}.json`;
}

/** A backup file of everything in `repo` (nothing is written: record the time once it is saved). */
export async function createBackup(repo: ProgressRepository, now = new Date()): Promise<{ blob: Blob; fileName: string; envelope: BackupEnvelope }> {
  const envelope = await makeEnvelope(await repo.exportData(), now);
  return { blob: new Blob([JSON.stringify(envelope)], { type: 'application/json' }), fileName: backupFileName(now), envelope };
}
