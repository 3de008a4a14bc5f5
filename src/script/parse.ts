/**
 * Markdown script text → RawScript, syntax only. This file reads the front matter; the body is
 * read by parse-body.ts, its fields by parse-fields.ts and its lines by parse-text.ts.
 *
 * A line-oriented reader rather than a Markdown AST: the grammar is a handful of headings and
 * `Key:` lines, authors need exact line numbers, and the parser must never throw on any input
 * (it returns diagnostics instead). Meaning — names, ids, reachability — is the validator's job.
 * The parser is also where a script's size limits (limits.ts) are met first: a script over one of
 * them is reported at the line where it went over, and reading stops there.
 */
import { count, MAX_FRONT_MATTER_CHARS, MAX_SCRIPT_CHARS } from './limits';
import { readBody } from './parse-body';
import type { RawScript } from './raw-script';
import { readYamlMap } from './yaml-map';
import type { Diagnostic } from './types';

export { MAX_SCRIPT_CHARS };

/** Parser output: a RawScript (possibly partial) and syntax diagnostics. */
export interface ParseResult {
  /** What could be read. */
  raw: RawScript;
  /** Syntax problems. */
  diagnostics: Diagnostic[];
  /** A size limit stopped the reading: nothing after the parser should look at this script. */
  overLimit: boolean;
}

/** Blank out HTML comments but keep their newlines so line numbers stay true. */
function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ''));
}

/** Parse a script; never throws. */
export function parseScript(source: string, file: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, message: string) => diagnostics.push({ severity: 'error', file, line, message });
  const raw: RawScript = { file, meta: {}, metaLine: 1, intro: '', phases: [], scenes: [] };

  if (typeof source !== 'string') {
    report(1, 'script is not text');
    return { raw, diagnostics, overLimit: true };
  }
  if (source.length > MAX_SCRIPT_CHARS) {
    report(1, `script is too large (${count(source.length)} characters; the limit is ${count(MAX_SCRIPT_CHARS)})`);
    return { raw, diagnostics, overLimit: true };
  }
  const lines = source.replace(/\r\n?/g, '\n').split('\n');

  // Front matter.
  let bodyStart = 0;
  if (lines[0]?.trim() === '---') {
    let end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end < 0) {
      // A mistyped closing line (`--`, `----`, `—`) is taken for the one meant, so the rest still
      // reads; without one, nothing else can be told apart from the front matter.
      end = lines.findIndex((l, i) => i > 0 && /^\s*[-–—]+\s*$/.test(l));
      const hint = end < 0 ? '' : `; line ${end + 1} looks like it was meant to be that "---"`;
      report(end < 0 ? 1 : end + 1, `front matter starts with "---" but never ends with a closing "---"${hint}`);
      if (end < 0) {
        raw.unread = { meta: 'all', scenes: true, choices: true };
        return { raw, diagnostics, overLimit: false };
      }
    }
    const text = lines.slice(1, end).join('\n');
    if (text.length > MAX_FRONT_MATTER_CHARS) {
      report(1, `the front matter is ${count(text.length)} characters long; the limit is ${count(MAX_FRONT_MATTER_CHARS)}, so keep long text for the introduction below it`);
      return { raw, diagnostics, overLimit: true };
    }
    let frontMatterOverLimit = false;
    readFrontMatter(text, 2, raw, report, () => (frontMatterOverLimit = true));
    if (frontMatterOverLimit) return { raw, diagnostics, overLimit: true };
    bodyStart = end + 1;
  } else {
    report(1, 'a script must start with front matter between "---" lines');
    raw.unread = { meta: 'all' };
  }

  const body = stripComments(lines.slice(bodyStart).join('\n')).split('\n');
  const overLimit = readBody(body, bodyStart + 1, raw, report);
  return { raw, diagnostics, overLimit };
}

function readFrontMatter(text: string, firstLine: number, raw: RawScript, report: (l: number, m: string) => void, overLimit: () => void) {
  raw.metaLine = firstLine - 1;
  let limited = false;
  const meta = readYamlMap(text, firstLine, 'front matter', report, MAX_FRONT_MATTER_CHARS, () => {
    limited = true;
    overLimit();
  });
  if (meta) raw.meta = meta;
  else if (!limited) readFieldByField(text, firstLine, raw);
}

/** Most top-level fields read one by one after the front matter as a whole could not be read. */
const MAX_FIELDS_ONE_BY_ONE = 64;

/**
 * The front matter could not be read as a whole (its first problem is already reported): read
 * each top-level field on its own, so one unclosed quote loses one field, not all of them, and
 * record the fields that could not be read. Their problems are not reported again (YAML errors
 * cascade); each field gets an equal share of the size limit, so the total stays within it.
 */
function readFieldByField(text: string, firstLine: number, raw: RawScript) {
  const lines = text.split('\n');
  const starts = lines.flatMap((l, i) => (/^[A-Za-z_][\w-]*\s*:/.test(l) ? [i] : []));
  if (starts.length === 0 || starts.length > MAX_FIELDS_ONE_BY_ONE) {
    raw.unread = { ...raw.unread, meta: 'all' };
    return;
  }
  const share = Math.floor(MAX_FRONT_MATTER_CHARS / starts.length);
  const unread: string[] = [];
  starts.forEach((start, k) => {
    const key = /^[A-Za-z_][\w-]*/.exec(lines[start]!)![0];
    const chunk = lines.slice(start, starts[k + 1] ?? lines.length).join('\n');
    const field = readYamlMap(chunk, firstLine + start, 'front matter', () => undefined, share);
    const entry = field && Object.prototype.hasOwnProperty.call(field, key) ? field[key] : undefined;
    if (!entry) unread.push(key);
    else if (!Object.prototype.hasOwnProperty.call(raw.meta, key))
      Object.defineProperty(raw.meta, key, { value: entry, enumerable: true, writable: true, configurable: true });
  });
  raw.unread = { ...raw.unread, meta: unread };
}
