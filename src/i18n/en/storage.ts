/** The browser's store is full: the one wording every "could not be saved" message uses. */

import { formatNumber } from '../format';
import type { RefusedKind, StorageRefusalCode } from '../../storage/types';

/** Each kind of record, as a noun. */
const kind: Record<RefusedKind, string> = {
  attempt: 'attempt',
  assignment: 'saved assignment',
  reflection: 'reflection',
  library: 'case file',
  draft: 'draft',
  receipt: 'imported receipt',
  'set-aside': 'set-aside record',
};

/** Why the repository refused to write, as a sentence (`StorageRefusalCode`). */
function refusal(r: StorageRefusalCode): string {
  switch (r.code) {
    case 'invalid-record':
      return `This is not a valid ${kind[r.kind]}.`;
    case 'invalid-settings':
      return 'These are not valid settings.';
    case 'invalid-backup-time':
      return 'This is not a valid time of a backup.';
    case 'invalid-restore-settings':
      return 'The settings to restore are not valid.';
    case 'too-many':
      return r.kind === 'library' ? `A library holds at most ${formatNumber(r.max)} case files.` : r.kind === 'draft' ? `A device holds at most ${formatNumber(r.max)} drafts.` : `A device keeps at most ${formatNumber(r.max)} ${kind[r.kind]}s.`;
    case 'invalid-restore-record': {
      const noun = kind[r.kind];
      return `${noun[0]!.toUpperCase()}${noun.slice(1)} ${formatNumber(r.position)} to restore is not valid.`;
    }
    case 'duplicate-restore-id':
      return `Two ${kind[r.kind]}s to restore have the id ${r.id}.`;
  }
}

/** The store is full, as a clause. */
const full = 'your browser’s storage is full';
/** What to do when it is full, as a clause. */
const advice = 'download a backup in Settings to keep a copy, free some space on this device, then try again';

export const storage = {
  /** Each kind of record, as a noun ("case file"). */
  kind,
  full,
  advice,
  refusal,
  /** `what` ("your reflection") was not saved; `kept` says what is safe meanwhile (a sentence), then what to do. */
  notSaved: (what: string, kept = '') => `Your browser’s storage is full, so ${what} was not saved.${kept ? ` ${kept}` : ''} To go on, ${advice}.`,
};
