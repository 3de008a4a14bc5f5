/**
 * Readers for the text inside a scene: one transcript paragraph (speech, an inner voice,
 * narration, with an optional `[if …]` prefix), a multi-line field, and a debrief split into its
 * parts. Prefixes are scanned with indexOf rather than backtracking patterns, so a hostile line
 * that never closes its `**` or `]` costs linear time.
 */
import { parseCondition } from './condition-parser';
import type { RawDebriefPart, RawLine, RawText } from './raw-script';
import type { Condition } from './types';

type Report = (line: number, message: string) => void;

/** Longest speaker name or condition prefix looked for. */
const MAX_PREFIX = 200;
/** `(thinks)` or `(thinks, debrief)` after a speaker's name. */
const INNER = /\s*\(thinks(, debrief)?\)$/;

/** An `[if …]` prefix: its condition (undefined when it does not parse) and the text after it. */
function readCondition(text: string, line: number, report: Report): { when?: Condition; rest: string } | undefined {
  if (!text.startsWith('[if ') && !text.startsWith('[if\t')) return undefined;
  const close = text.indexOf(']');
  if (close <= 0 || close > MAX_PREFIX) return undefined;
  const r = parseCondition(text.slice(4, close).trim());
  if (!r.ok) report(line, r.message);
  return { ...(r.ok ? { when: r.condition } : {}), rest: text.slice(close + 1).trimStart() };
}

/** One paragraph of a scene: `**Name:**`, `**Name (thinks):**`, `**Name (thinks, debrief):**` or narration. */
export function readLine(text: string, line: number, report: Report): RawLine {
  const prefix = readCondition(text, line, report);
  const rest = prefix ? prefix.rest : text;
  const when = prefix?.when;
  if (rest.startsWith('**')) {
    const close = rest.indexOf(':**', 2);
    const name = close > 2 && close <= MAX_PREFIX ? rest.slice(2, close) : '';
    const voice = INNER.exec(name);
    const speakerName = name.replace(INNER, '').trim();
    if (speakerName && !/[*()\n]/.test(speakerName)) {
      const markdown = rest.slice(close + 3).trim();
      if (!voice) return { kind: 'speech', speakerName, markdown, when, line };
      return { kind: 'inner', speakerName, ...(voice[1] ? { debriefOnly: true as const } : {}), markdown, when, line };
    }
  }
  return { kind: 'narration', markdown: rest.trim(), when, line };
}

/** A multi-line field's lines (the first is the text after `Key:`, on `line`) as trimmed Markdown. */
export function readText(lines: string[], line: number): RawText {
  const first = lines.findIndex((l) => l.trim());
  return { markdown: lines.join('\n').trim(), line: first < 0 ? line : line + first };
}

/**
 * A `Debrief:` field's lines as parts: a paragraph that starts with `[if <condition>]` is a part of
 * its own, shown only when the condition holds; the paragraphs between such paragraphs form one
 * unconditional part each.
 */
export function readDebrief(lines: string[], line: number, report: Report): RawDebriefPart[] {
  const parts: RawDebriefPart[] = [];
  let plain: { lines: string[]; line: number } | null = null;
  const flushPlain = () => {
    if (plain) parts.push(readText(plain.lines, plain.line));
    plain = null;
  };
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.trim()) {
      if (plain) (plain as { lines: string[] }).lines.push(lines[i]!);
      i++;
      continue;
    }
    // One paragraph: up to the next blank line.
    let end = i;
    while (end < lines.length && lines[end]!.trim()) end++;
    const paragraph = lines.slice(i, end);
    const prefix = readCondition(paragraph[0]!.trim(), line + i, report);
    if (prefix) {
      flushPlain();
      const text = readText([prefix.rest, ...paragraph.slice(1)], line + i);
      parts.push({ ...text, ...(prefix.when ? { when: prefix.when } : {}) });
    } else if (plain) (plain as { lines: string[] }).lines.push(...paragraph);
    else plain = { lines: paragraph, line: line + i };
    i = end;
  }
  flushPlain();
  return parts.filter((p) => p.markdown);
}

/** Choice text without one pair of straight or curly quotes around all of it. */
export function stripQuotes(text: string): string {
  const m = /^["“](.*)["”]$/.exec(text);
  return m ? m[1]! : text;
}
