/** Why a backup file was not restored (`BackupProblem`), as the end of "This file was not restored: …". */
import { formatNumber } from '../format';
import type { BackupProblem } from '../../files/types';
import { schemaProblems } from './schema-problems';
import { storage } from './storage';

/** Bytes as whole megabytes. */
const mb = (bytes: number) => formatNumber(bytes / 1024 / 1024);

/** Why the backup was refused, as a clause. */
function reason(p: BackupProblem): string {
  if (schemaProblems.shared(p)) return schemaProblems.file(p, 'backup');
  switch (p.code) {
    case 'file-too-large':
      return `the file is larger than ${mb(p.max)} MB, so it is not a backup from this app`;
    case 'text-too-large':
      return `the file is larger than ${mb(p.max)} MB`;
    case 'utf16':
      return 'it was saved as UTF-16 text, but backups from this app are UTF-8; it may have been re-saved by another program, so restore the file exactly as the app downloaded it';
    case 'not-text':
      return 'it is not a text file, so it cannot be a backup';
    case 'not-a-backup':
      return 'it is not a Balint Rehearsal backup file';
    case 'newer-version':
      return `it was made by a newer version of the app (backup version ${p.version}); update the app, then try again`;
    case 'not-expected':
      return `it does not have the expected content (${schemaProblems.issue(p.issue, 'backup')})`;
    case 'later-sections':
      return `it says it is backup version ${p.version} but holds sections that only later versions have`;
    case 'invalid-record': {
      const noun = storage.kind[p.kind];
      return `${noun} ${formatNumber(p.position)} is not a valid ${noun} (${schemaProblems.issue(p.issue, 'backup')})`;
    }
    case 'duplicate-id':
      return `two ${storage.kind[p.kind]}s have the same id ${JSON.stringify(p.key)}`;
    case 'built-in-id':
      return `case file ${formatNumber(p.position)} has the id ${JSON.stringify(p.key)}, which belongs to a module built into Balint Rehearsal, so it cannot be restored as a case file`;
  }
}

export const backupProblems = { reason };
