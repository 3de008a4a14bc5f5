/**
 * Set-aside records: records the app keeps but cannot use, listed in Settings and named after a
 * restore. Module titles, case-file titles and problem details come from untrusted data: these
 * messages are plain strings, shown only by text interpolation.
 */
import { formatDate, plural } from '../format';
import type { SetAsideFacts, SetAsideProblem } from '../../storage/set-aside-facts';
import type { RecordKind } from '../../storage/types';
import { schemaProblems } from './schema-problems';
import { storage } from './storage';

/** "An attempt of “First group”, started 25 Nov 2026" and the like (`title`: the module's or case file's title). */
function which(f: SetAsideFacts, title?: string): string {
  switch (f.kind) {
    case 'attempt':
      return `An attempt${title ? ` of “${title}”` : ''}${f.startedAt ? `, started ${formatDate(f.startedAt, 'short')}` : ''}`;
    case 'reflection':
      return `A reflection${title ? ` on an attempt of “${title}”` : ''}`;
    case 'library':
      return f.title ? `The case file “${f.title}”` : 'A case file';
    case 'assignment':
      return 'A saved assignment';
    case 'receipt':
      return 'An imported receipt';
    case 'draft':
      return 'A draft';
  }
}

/** What was wrong with a record of kind `k`, after "it". */
function problem(p: SetAsideProblem, k: RecordKind): string {
  switch (p.code) {
    case 'does-not-resume':
      return 'could not be resumed: neither its saved place nor its steps fit its module as it is now';
    case 'unreadable':
      return `could not be read: ${schemaProblems.issue(p.issue, storage.kind[k])}`;
    case 'readable-now':
      return 'could not be read when it was set aside; restoring a backup that holds it brings it back';
  }
}

export const setAside = {
  heading: 'Set-aside records',
  /** How many, and what being set aside means. */
  summary: (n: number) =>
    `${plural(n, { one: '# record set aside', other: '# records set aside' })}: the app could not use ${n === 1 ? 'it, so it is' : 'them, so they are'} kept on this device but not shown anywhere else. ${n === 1 ? 'It is' : 'They are'} included in every backup you download, and restoring a backup brings back any that can be used again. Nothing else was affected.`,
  /** One record and what was wrong with it; `title` names its module or case file. */
  item: (f: SetAsideFacts, title?: string) => `${which(f, title)}: it ${problem(f.problem, f.kind)}.`,
  /** One attempt in the restore's list: "“First group”, started 25 Nov 2026". */
  attemptName: (title: string | undefined, startedAt: string | undefined) =>
    [title ? `“${title}”` : 'an attempt', startedAt ? `started ${formatDate(startedAt, 'short')}` : ''].filter(Boolean).join(', '),
  /** After a restore: the attempts it set aside because they could not be resumed (names from `attemptName`). */
  notResumable: (names: string[]) =>
    `${plural(names.length, { one: '# attempt could not be resumed and was set aside', other: '# attempts could not be resumed and were set aside' })}: ${names.join('; ')}. ${
      names.length === 1
        ? 'Neither its saved place nor its steps fit its module as it is now. It is kept'
        : 'Neither their saved places nor their steps fit their modules as they are now. They are kept'
    } on this device under “Set-aside records” and in your backups.`,
};
