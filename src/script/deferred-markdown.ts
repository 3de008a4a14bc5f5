/**
 * Markdown rendered in two places, for the browser: the compile (parse, validate, build, explore)
 * runs in a worker, which has no DOM, and only the sanitiser needs one. So the worker compiles
 * with a renderer that runs marked (DOM-free) and records each piece of HTML it made, putting a
 * placeholder in the script instead; the page then sanitises the pieces, a few at a time so no
 * task runs long, and puts the safe HTML (and its text) where the placeholders are.
 *
 * A placeholder carries a random nonce chosen by the page for each compile, so no text an author
 * writes can pass for one. Nothing in the script is ever HTML that was not sanitised: a piece
 * reaches the script only through `fillMarkdown`, which runs every piece through the sanitiser.
 */
import type { MarkdownToHtml } from './markdown-html';
import type { MarkdownRenderer, Sanitiser } from './markdown';

/** One piece of Markdown as HTML, not yet sanitised, with the line its text starts on. */
export interface MarkdownPiece {
  /** marked's output (no raw HTML of the author's; see markdown-html.ts). */
  html: string;
  /** 1-based line of the text. */
  line: number;
  /** Its plain text is needed too (a line's or a choice's `text`). */
  text?: true;
}

/** A renderer that records pieces, and the pieces it recorded. */
export interface DeferredMarkdown {
  renderer: MarkdownRenderer;
  pieces: MarkdownPiece[];
}

const token = (nonce: string, kind: 'h' | 't', i: number) => `\u0000md:${nonce}:${kind}:${i}\u0000`;

/** Record every piece `toHtml` makes; each becomes a placeholder in the script. */
export function deferredMarkdown(toHtml: MarkdownToHtml, nonce: string): DeferredMarkdown {
  const pieces: MarkdownPiece[] = [];
  const html = new RegExp(`^\\u0000md:${nonce}:h:(\\d+)\\u0000$`);
  const record = (h: string, line = 1) => token(nonce, 'h', pieces.push({ html: h, line }) - 1);
  return {
    pieces,
    renderer: {
      inline: (md, line) => record(toHtml.inline(md), line),
      block: (md, line) => record(toHtml.block(md), line),
      text(h) {
        const m = html.exec(h);
        if (!m) throw new TypeError('text() of something that is not a recorded piece');
        pieces[Number(m[1])]!.text = true;
        return token(nonce, 't', Number(m[1]));
      },
    },
  };
}

/** The sanitiser failed on the piece whose text starts at `line`. */
export class PieceFailure extends Error {
  constructor(readonly line: number) {
    super(`the text at line ${line} could not be made safe to show`);
    this.name = 'PieceFailure';
  }
}

/**
 * `value` (a compiled script, as the worker sent it) with every placeholder replaced by its piece,
 * sanitised, or the text of it. `pause` is awaited between pieces when it asks to (to keep tasks
 * short). Rejects with PieceFailure for a piece the sanitiser cannot handle.
 */
export async function fillMarkdown<T>(value: T, pieces: readonly MarkdownPiece[], sanitiser: Sanitiser, nonce: string, pause: () => Promise<void> | undefined): Promise<T> {
  const safe: string[] = [];
  const texts: string[] = [];
  const step = <T>(line: number, f: () => T): T => {
    try {
      return f();
    } catch {
      throw new PieceFailure(line);
    }
  };
  for (const [i, p] of pieces.entries()) {
    safe.push(step(p.line, () => sanitiser.clean(p.html)));
    await pause();
    if (p.text) {
      texts[i] = step(p.line, () => sanitiser.text(safe[i]!));
      await pause();
    }
  }
  const placeholder = new RegExp(`^\\u0000md:${nonce}:([ht]):(\\d+)\\u0000$`);
  const replace = (s: string): string => {
    const m = s.charCodeAt(0) === 0 ? placeholder.exec(s) : null;
    if (!m) return s;
    const i = Number(m[2]);
    const out = m[1] === 'h' ? safe[i] : texts[i];
    if (out === undefined) throw new PieceFailure(pieces[i]?.line ?? 1);
    return out;
  };
  // Replace in place, iteratively: the value is the worker's structured clone, owned by us.
  const root = { value } as Record<string, unknown>;
  const stack: Record<string, unknown>[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const k of Object.keys(node)) {
      const v = node[k];
      if (typeof v === 'string') node[k] = replace(v);
      else if (v !== null && typeof v === 'object') stack.push(v as Record<string, unknown>);
    }
  }
  return root.value as T;
}
