/** Types of the message catalogue's helpers. */

/** One piece of a message whose words carry marks (see `rich-text.ts`). */
export interface RichPart {
  /** The words of this piece. */
  text: string;
  /** How they are shown: as they are, `*strong*`, `` `code` ``, or `[a link]` (the view gives its address). */
  mark: 'plain' | 'strong' | 'code' | 'link';
}
