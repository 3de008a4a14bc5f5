/**
 * Messages whose sentence holds a link or emphasis stay whole sentences in the catalogue, with
 * light marks a translator can move: `*strong*`, `` `code` `` and `[a link]` (one link per message;
 * the view gives its address). `richText` cuts such a message into its pieces, in order, for
 * `src/ui/RichText.svelte` to show as text and elements (never as HTML).
 */
import type { RichPart } from './types';

const MARKS = /\*([^*]+)\*|`([^`]+)`|\[([^\]]+)\]/g;

/** The pieces of a marked message: plain text between strong, code and link parts. */
export function richText(message: string): RichPart[] {
  const parts: RichPart[] = [];
  let at = 0;
  for (const hit of message.matchAll(MARKS)) {
    if (hit.index > at) parts.push({ text: message.slice(at, hit.index), mark: 'plain' });
    const [, strong, code, link] = hit;
    parts.push(strong !== undefined ? { text: strong, mark: 'strong' } : code !== undefined ? { text: code, mark: 'code' } : { text: link!, mark: 'link' });
    at = hit.index + hit[0].length;
  }
  if (at < message.length) parts.push({ text: message.slice(at), mark: 'plain' });
  return parts;
}
