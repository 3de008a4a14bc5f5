/**
 * The words for an import's outcome, in one place so the library screen, the authoring screen and
 * (later) an assignment's "import the missing file" say the same thing. Plain strings: they are
 * shown only by text interpolation, so a hostile title or file name stays text.
 */
import type { ImportOutcome } from './types';

/** Why replacing a case file is safe for the learner's progress. */
export const REPLACE_KEEPS_PROGRESS =
  'Your attempts are kept. A session you have not finished on the old version continues on the new one by replaying your choices.';

const date = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** One sentence for the outcome of importing one file (`kept`: the learner declined another version). */
export function importMessage(result: ImportOutcome, kept = false): string {
  switch (result.kind) {
    case 'refused': {
      const n = result.problems.length;
      return `“${result.fileName}” was not imported: ${n} ${n === 1 ? 'problem' : 'problems'} to fix.`;
    }
    case 'added':
      return `“${result.record.title}” (${result.fileName}) was added to your case library.`;
    case 'unchanged':
      return `“${result.record.title}” (${result.fileName}) is already in your case library, exactly as in this file. Nothing changed.`;
    case 'other-version':
      return kept
        ? `You kept the version of “${result.existing.title}” already in your case library; ${result.fileName} was not imported.`
        : `Your case library already has another version of “${result.existing.title}” (from ${result.existing.fileName}, added ${date(result.existing.addedAt)}). Replace it with the version in ${result.fileName}?`;
    case 'replaced':
      return `“${result.record.title}” was replaced with the version in ${result.fileName}.`;
  }
}
