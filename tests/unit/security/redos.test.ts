/**
 * Regular-expression denial of service in the script parser (found by tests/unit/security).
 *
 * Found by these tests and fixed: src/script/parse.ts used two line patterns that backtracked
 * quadratically on a line that starts like a speaker or a condition but never closes:
 *   SPEAKER   = /^\*\*([^*()]+?)(?:\s*\((thinks)\))?:\*\*\s*([\s\S]*)$/   on "**" + spaces + "x"
 *   IF_PREFIX = /^\[if\s+([^\]]+)\]\s*([\s\S]*)$/                        on "[if" + spaces + "x"
 * (`[^*()]+?` / `[^\]]+` and `\s*` / `\s+` both match the spaces, so every split is tried.)
 * Measured then: 32 000 characters ≈ 1 s, 64 000 ≈ 6 s; the parser accepts up to
 * MAX_SCRIPT_CHARS = 1 000 000, where one such line would take on the order of 20–30 minutes.
 *
 * The line reader (src/script/parse-text.ts) now scans these prefixes with indexOf. Five more, in
 * the heading, field and typo readers (parse-body.ts, parse-headings.ts, parse-fields.ts), let two
 * parts take the same space or letter ("#" + spaces + a line separator, "### " + letters that end
 * badly: about 2 s at 40,000 characters); each now makes its parts disjoint. Nothing here is
 * timed: linearity is checked on the patterns themselves, with scslre (the analysis behind
 * eslint-plugin-regexp's no-super-linear-backtracking), which finds a pattern whose work grows
 * faster than the line when one character repeats, exactly the shape of these attacks. A control
 * shows it flags the two old patterns. The adversarial lines are still compiled, and must come out
 * right. How long they take next to an ordinary line of the same length (the ratio this file used to
 * assert) is measured by `npm run bench`, its hostile part.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../../src/script/limits';
import { compileText } from '../compile-fixture';
import { branchingWithLine } from './hostile-scripts';

/** The two patterns the line reader used to have. */
const SPEAKER = /^\*\*([^*()]+?)(?:\s*\((thinks)\))?:\*\*\s*([\s\S]*)$/;
const IF_PREFIX = /^\[if\s+([^\]]+)\]\s*([\s\S]*)$/;

/**
 * Patterns of the line reader that may backtrack, each with why that is harmless: `INNER` only ever
 * reads a speaker's name, which the reader cuts to MAX_PREFIX (200) characters first.
 */
const BOUNDED: Record<string, string> = {
  '/\\s*\\(thinks(, debrief)?\\)$/': 'read on a speaker name of at most MAX_PREFIX characters',
};

/** How the pattern's work can grow faster than its input (scslre's reports), or [] when it cannot. */
function superLinear(pattern: RegExp): string[] {
  return analyse(pattern).reports.map((r) => `${r.exponential ? 'exponential' : 'polynomial'} (${r.type}) on a run of ${r.character.literal.source}`);
}

/** Every regular-expression literal in a source file, as written. */
function regexLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(resolve(process.cwd(), file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
const toRegExp = (literal: string) => new RegExp(literal.slice(1, literal.lastIndexOf('/')), literal.slice(literal.lastIndexOf('/') + 1));

/** The scene's first line after the adversarial one replaced Ben's, as compiled. */
const compiledLine = (line: string) => compileText(branchingWithLine(line));

describe('the line reader takes time linear in the length of a line', () => {
  it('control: the check flags both patterns the parser used to have', () => {
    expect(superLinear(SPEAKER)).not.toEqual([]);
    expect(superLinear(IF_PREFIX)).not.toEqual([]);
    expect(superLinear(/^\*\*([^*]*):\*\*/)).toEqual([]); // and passes one that cannot backtrack
  });

  it('no pattern of the parser (src/script/parse*.ts) backtracks super-linearly on a repeated character (but one on a bounded name)', () => {
    const literals = readdirSync(resolve(process.cwd(), 'src/script')).filter((n) => /^parse.*\.ts$/.test(n)).flatMap((n) => regexLiterals(`src/script/${n}`));
    expect(literals.length).toBeGreaterThan(20);
    const found = literals.filter((l) => !(l in BOUNDED)).map((l) => ({ pattern: l, backtracks: superLinear(toRegExp(l)) })).filter((f) => f.backtracks.length);
    expect(found).toEqual([]);
    for (const bounded of Object.keys(BOUNDED)) expect(literals, 'a bounded pattern that is gone: take it off the list').toContain(bounded);
  });

  it.each([
    ['"**" + spaces + "x"', '**'],
    ['"[if" + spaces + "x"', '[if'],
  ])('%s, just under the text limit, is read as narration with its text kept', (_, prefix) => {
    const line = `${prefix}${' '.repeat(MAX_TEXT_CHARS - 10)}x`;
    const r = compiledLine(line);
    expect(r.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const read = r.script!.scenes.find((s) => s.id === 'ask')!.lines[0]!;
    expect(read.kind).toBe('narration');
    expect(read.html).toMatch(new RegExp(`^(<p>)?${prefix.replace(/[[*]/g, '\\$&')} +x(</p>)?$`));
  });

  it.each([
    ['"**" + 50,000 spaces + "x"', `**${' '.repeat(50_000)}x`],
    ['"[if" + 50,000 spaces + "x"', `[if${' '.repeat(50_000)}x`],
  ])('%s, which the parser reads before any limit, is refused at its line for its length', (_, line) => {
    expect(compiledLine(line).report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}: ${d.message}`)).toEqual([
      `22: this text is ${(line.length).toLocaleString('en')} characters long; the limit for one line, choice, feedback field, debrief or introduction is ${MAX_TEXT_CHARS.toLocaleString('en')}, so shorten it or split it`,
    ]);
  });

  it.each([
    ['"### " + 40,000 letters + "!"', `### ${'a'.repeat(40_000)}!`, 'expected "### Scene: <scene-id>" or "### Ending: <scene-id>", found "### aaaa'],
    ['"### Scen" + 40,000 spaces + a line separator', `### Scen${' '.repeat(40_000)}\u2028`, 'expected "### Scene: <scene-id>" or "### Ending: <scene-id>", found "### Scen"'],
    ['"#" + 40,000 spaces + "x", a line separator and "y"', `#${' '.repeat(40_000)}x\u2028y`, 'this text is 40,004 characters long'],
  ])('%s, a line the heading readers try several patterns on, is refused at its line in the app’s words', (_, line, message) => {
    const first = compiledLine(line).report.diagnostics.find((d) => d.severity === 'error');
    expect(`${first?.line}: ${first?.message}`.slice(0, message.length + 4)).toBe(`22: ${message}`);
  });
});
