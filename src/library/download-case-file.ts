/**
 * Saving a case file to share it (by e-mail, an LMS file area, a shared drive): the exact source
 * text, named after the script id, so what a learner imports is byte for byte what the
 * instructor wrote and checked. The file is made locally; nothing is uploaded.
 */
import { downloadBlob } from '../ui/download';

/** File name of a case file: `<id>.md`. */
export function caseFileName(id: string): string {
  return `${id}.md`;
}

/** Offer the source of script `id` for download as `<id>.md`. */
export function downloadCaseFile(id: string, source: string): void {
  downloadBlob(new Blob([source], { type: 'text/markdown;charset=utf-8' }), caseFileName(id));
}
