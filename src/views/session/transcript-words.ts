/**
 * How a transcript item is introduced and worded, once for the list and the live announcement so
 * the two read the same: "Ben:", "Ben (thinks):", "You (action):", narration unlabelled on screen.
 * The learner's own words, chosen or scripted, are in quotation marks; a chosen move's action part
 * is plain description.
 */
import { choiceDisplay, choiceLabel } from '../../script/choice-parts';
import type { TranscriptItem } from '../../session/types';
import { m } from '../../i18n/messages';

/** True for the learner's own line: a choice made, or a line the script gives "You". */
export function isYours(item: TranscriptItem): boolean {
  // The session's transcript names the learner "You" whatever the language (`session/derive.ts`).
  return item.kind === 'choice' || (item.kind === 'speech' && item.speaker === 'You');
}

/** Who an item is by, as its label reads. */
export function speakerLabel(item: TranscriptItem): string {
  if (item.kind === 'narration') return m.play.narration;
  if (item.kind === 'inner') return m.play.thinks(item.speaker ?? '');
  if (item.kind === 'choice') return item.silent ? m.play.youAction : m.play.you;
  return isYours(item) ? m.play.you : (item.speaker ?? '');
}

/** The item's words as read aloud. */
export function spokenWords(item: TranscriptItem): string {
  if (item.kind === 'choice') return choiceLabel(choiceDisplay(item.text, !!item.silent));
  return isYours(item) ? `“${item.text}”` : item.text;
}
