/**
 * The size limits on a script's text (limits.ts), checked on the parsed script before any Markdown
 * is rendered: no piece of text longer than MAX_TEXT_CHARS, no line of it nested deeper than
 * MAX_MARKDOWN_DEPTH, and no run of emphasis marks longer than MAX_EMPHASIS_RUN. The Markdown
 * renderer's time grows faster than the text on deep nesting (measured: 700 levels of indented
 * list items, 490 KB, take 3 s) and it runs out of stack on a thousand quote or list markers, or
 * on a thousand nested `**`, so these are stopped here, at the line, in words.
 */
import { count, MAX_EMPHASIS_RUN, MAX_MARKDOWN_DEPTH, MAX_TEXT_CHARS } from './limits';
import type { RawScript, RawText } from './raw-script';

/**
 * How deeply the start of one Markdown line nests: each quote marker (`>`) and list marker (`-`,
 * `*`, `+`, `1.`, `1)`) is a level, and so is every two columns of indentation (a tab is four).
 */
export function nestingDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let i = 0;
  for (;;) {
    const c = line[i];
    const after = line[i + 1];
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else if (c === '>') depth++;
    else if ((c === '-' || c === '*' || c === '+') && (after === ' ' || after === '\t')) depth++;
    else if (c !== undefined && c >= '0' && c <= '9') {
      const m = /^\d{1,9}[.)](?=[ \t])/.exec(line.slice(i, i + 11));
      if (!m) break;
      depth++;
      i += m[0].length;
      continue;
    } else break;
    i++;
  }
  return depth + Math.floor(columns / 2);
}

/** A run of emphasis marks longer than the limit. */
const EMPHASIS_RUN = new RegExp(`[*_~]{${MAX_EMPHASIS_RUN + 1}}`);

/** Every piece of text the script will render, with the line it starts on. */
function texts(raw: RawScript): RawText[] {
  const out: RawText[] = [];
  if (raw.intro) out.push({ markdown: raw.intro, line: raw.introLine ?? raw.metaLine });
  for (const s of raw.scenes) {
    for (const l of s.lines) out.push({ markdown: l.markdown, line: l.line });
    for (const c of s.choices) {
      out.push({ markdown: c.markdown, line: c.line });
      for (const t of [c.happened, c.why, c.gives, c.costs, c.also, c.instead]) if (t) out.push(t);
    }
    for (const p of s.debrief ?? []) out.push(p);
  }
  return out;
}

/** Report every piece of text over a limit; true when there was one. */
export function checkTextLimits(raw: RawScript, report: (line: number, message: string) => void): boolean {
  let over = false;
  for (const t of texts(raw)) {
    if (t.markdown.length > MAX_TEXT_CHARS) {
      report(t.line, `this text is ${count(t.markdown.length)} characters long; the limit for one line, choice, feedback field, debrief or introduction is ${count(MAX_TEXT_CHARS)}, so shorten it or split it`);
      over = true;
      continue;
    }
    const lines = t.markdown.split('\n');
    const deep = lines.findIndex((l) => nestingDepth(l) > MAX_MARKDOWN_DEPTH);
    const marks = lines.findIndex((l) => EMPHASIS_RUN.test(l));
    if (deep >= 0) {
      report(t.line + deep, `this text nests quotes (>), list items or indentation more than ${MAX_MARKDOWN_DEPTH} levels deep, the limit; write it with fewer levels`);
      over = true;
    } else if (marks >= 0) {
      report(t.line + marks, `this text has more than ${MAX_EMPHASIS_RUN} emphasis marks (*, _ or ~) in a row, the limit; write it more simply`);
      over = true;
    }
  }
  return over;
}
