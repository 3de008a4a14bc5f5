/**
 * A stored draft as the authoring screen may use it: checked where it is read, whatever store it
 * came from. A record of another version or shape is not used (and not shown as an error: a draft
 * is the author's own scratch text, and the screen simply starts empty).
 */
import { tooLongToKeep } from './too-long-to-keep';
import { DRAFT_VERSION, type Draft } from './types';

/** The draft, if `value` is one this version of the app can use. */
export function readDraft(value: unknown): Draft | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const d = value as Record<string, unknown>;
  if (d.v !== DRAFT_VERSION) return undefined;
  if (typeof d.text !== 'string' || tooLongToKeep(d.text)) return undefined;
  if (typeof d.fileName !== 'string' || !d.fileName.trim() || d.fileName.length > 255) return undefined;
  if (typeof d.savedAt !== 'string' || Number.isNaN(Date.parse(d.savedAt))) return undefined;
  return { v: DRAFT_VERSION, text: d.text, fileName: d.fileName, savedAt: d.savedAt };
}
