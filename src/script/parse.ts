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
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end < 0) {
      report(1, 'front matter starts with "---" but never ends with a closing "---"');
      return { raw, diagnostics, overLimit: false };
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
  }

  const body = stripComments(lines.slice(bodyStart).join('\n')).split('\n');
  const overLimit = readBody(body, bodyStart + 1, raw, report);
  return { raw, diagnostics, overLimit };
}

function readFrontMatter(text: string, firstLine: number, raw: RawScript, report: (l: number, m: string) => void, overLimit: () => void) {
  raw.metaLine = firstLine - 1;
  const meta = readYamlMap(text, firstLine, 'front matter', report, MAX_FRONT_MATTER_CHARS, overLimit);
  if (meta) raw.meta = meta;
}
