/**
 * The curriculum's phrase list, `content/style.yaml`: phrases feedback, debriefs, ending titles,
 * inner voices and speech do not use, each with the reason (content/judgement.md §0). Read once by
 * the content loader and handed to every curriculum compile; matched here, reported by
 * standards-style.ts. Compile-time only.
 */
import type { Diagnostic } from './types';
import { listItems, readYamlMap } from './yaml-map';

/** Where a phrase is looked for. */
export const STYLE_CONTEXTS = ['feedback', 'debrief', 'title', 'inner', 'speech'] as const;
export type StyleContext = (typeof STYLE_CONTEXTS)[number];

/** One phrase the curriculum does not use. */
export interface StylePhrase {
  /** The pattern, case-insensitive. */
  pattern: RegExp;
  /** Why the curriculum does not use it (shown in the message). */
  reason: string;
  /** The contexts it applies to (all when the file gives none). */
  contexts: readonly StyleContext[];
  /** Matches inside double quotation marks are allowed (the phrase may be quoted to name it). */
  allowQuoted: boolean;
  /** Line of its entry in the style file. */
  line: number;
}

/** The whole phrase list. */
export interface StyleGuide {
  phrases: StylePhrase[];
}

/** A phrase found in a text. */
export interface PhraseMatch {
  /** The text matched (line breaks as spaces). */
  match: string;
  /** Offset of the match in the text. */
  index: number;
  /** The phrase it matched. */
  phrase: StylePhrase;
}

const FIELDS = new Set(['pattern', 'reason', 'in', 'allowQuoted']);

/** Read and check the style file; never throws. */
export function parseStyle(text: string, file: string): { style: StyleGuide; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const err = (line: number, message: string) => diagnostics.push({ severity: 'error', file, line, message });
  const style: StyleGuide = { phrases: [] };
  const data = readYamlMap(text, 1, 'style file', err);
  if (!data) return { style, diagnostics };
  const items = listItems(data.phrases);
  if (!items) {
    err(data.phrases?.line ?? 1, 'the style file needs a "phrases" list');
    return { style, diagnostics };
  }
  for (const { value, line } of items) {
    const entry = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
    for (const k of Object.keys(entry)) if (!FIELDS.has(k)) err(line, `unknown phrase field "${k}" (a phrase has pattern, reason, in, allowQuoted)`);
    if (typeof entry.pattern !== 'string' || !entry.pattern || typeof entry.reason !== 'string' || !entry.reason.trim()) {
      err(line, 'each phrase needs a "pattern" and a "reason"');
      continue;
    }
    let pattern: RegExp;
    try {
      pattern = new RegExp(entry.pattern, 'gi');
    } catch (e) {
      err(line, `pattern "${entry.pattern}" is not a regular expression: ${(e as Error).message}`);
      continue;
    }
    const contexts = entry.in ?? [...STYLE_CONTEXTS];
    if (!Array.isArray(contexts) || contexts.length === 0 || !contexts.every((c) => (STYLE_CONTEXTS as readonly unknown[]).includes(c))) {
      err(line, `"in" must be a list of ${STYLE_CONTEXTS.join(', ')}`);
      continue;
    }
    if (entry.allowQuoted !== undefined && typeof entry.allowQuoted !== 'boolean') err(line, '"allowQuoted" must be true or false');
    style.phrases.push({ pattern, reason: entry.reason.trim(), contexts: contexts as StyleContext[], allowQuoted: entry.allowQuoted === true, line });
  }
  return { style, diagnostics };
}

/** Spans of `text` inside double quotation marks (straight or curly), as [start, end) pairs. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && open < 0)) open = i;
    else if ((ch === '”' || ch === '"') && open >= 0) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  return spans;
}

/**
 * Every phrase of `context` found in `text`. Line breaks count as spaces, so a phrase wrapped over
 * two source lines is still found; `index` is the offset in `text` as given.
 */
export function findPhrases(style: StyleGuide, context: StyleContext, text: string): PhraseMatch[] {
  const flat = text.replace(/\s/g, ' ');
  const out: PhraseMatch[] = [];
  let quoted: [number, number][] | undefined;
  for (const phrase of style.phrases) {
    if (!phrase.contexts.includes(context)) continue;
    const re = new RegExp(phrase.pattern.source, phrase.pattern.flags);
    for (let m = re.exec(flat); m; m = re.exec(flat)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      if (phrase.allowQuoted) {
        quoted ??= quotedSpans(flat);
        const at = m.index;
        if (quoted.some(([a, b]) => at > a && at + m![0].length < b)) continue;
      }
      out.push({ match: m[0], index: m.index, phrase });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
