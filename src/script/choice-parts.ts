/**
 * The format's convention for a choice's text (content/README.md, "Choice text"): what the learner
 * does is written as plain words, what they say is in double quotation marks. The player shows the
 * two differently (an action is not read as speech). Text outside quotation marks is always
 * action: a choice with none says nothing aloud (writing a note, moving a chair, keeping silent).
 */

/** One part of a choice's text. */
export interface ChoicePart {
  /** Something the learner does, or words they say aloud. */
  kind: 'action' | 'speech';
  /** The words, without the quotation marks. */
  text: string;
}

const QUOTED = /"([^"]*)"|“([^”]*)”/g;

/** Split a choice's text into action and speech, in order. */
export function choiceParts(text: string): ChoicePart[] {
  const parts: ChoicePart[] = [];
  let at = 0;
  for (const m of text.matchAll(QUOTED)) {
    const before = text.slice(at, m.index).trim();
    if (before) parts.push({ kind: 'action', text: before });
    const said = (m[1] ?? m[2] ?? '').trim();
    if (said) parts.push({ kind: 'speech', text: said });
    at = m.index + m[0].length;
  }
  const rest = text.slice(at).trim();
  if (rest && !/^[.,;:!?]+$/.test(rest)) parts.push({ kind: 'action', text: rest });
  return parts;
}

/**
 * The parts of a compiled choice as the player shows them. A silent choice is all action; a
 * spoken one whose whole text was one quotation has had its marks taken off by the compiler, so
 * text with no quotation marks left is all speech; anything else splits as `choiceParts`.
 */
export function choiceDisplay(text: string, silent: boolean): ChoicePart[] {
  if (!text.trim()) return [];
  if (silent) return [{ kind: 'action', text: text.trim() }];
  if (!/["“”]/.test(text)) return [{ kind: 'speech', text: text.trim() }];
  return choiceParts(text);
}

/** How a choice reads aloud and as a button's name: the action as plain words, then the words said in curly quotation marks. */
export function choiceLabel(parts: readonly ChoicePart[]): string {
  return parts.map((p) => (p.kind === 'speech' ? `“${p.text}”` : p.text)).join(' ');
}
