/**
 * The phrase list (src/script/style.ts): content/style.yaml read and checked, and phrases found
 * by context, case-insensitively, across line breaks, and outside quotation marks when allowed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPhrases, parseStyle } from '../../../src/script/style';

const read = (text: string) => parseStyle(text, 's.yaml');
const found = (text: string, context: Parameters<typeof findPhrases>[1], yaml: string) =>
  findPhrases(read(yaml).style, context, text).map((m) => `${m.index}: ${m.match}`);

describe('phrase list', () => {
  it('reads content/style.yaml without a problem', () => {
    const r = read(readFileSync('content/style.yaml', 'utf8'));
    expect(r.diagnostics).toEqual([]);
    expect(r.style.phrases.length).toBeGreaterThan(5);
    expect(r.style.phrases.every((p) => p.reason && p.contexts.length)).toBe(true);
  });

  it('reports an entry without a reason, a pattern that does not compile and an unknown context, each at its line', () => {
    const r = read(['phrases:', '  - pattern: "well done"', '  - pattern: "(unclosed"', '    reason: x', '  - pattern: "ok"', '    reason: y', '    in: [footnotes]'].join('\n'));
    expect(r.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      '2: each phrase needs a "pattern" and a "reason"',
      expect.stringMatching(/^3: pattern "\(unclosed" is not a regular expression: /),
      '5: "in" must be a list of feedback, debrief, title, inner, speech',
    ]);
    expect(r.style.phrases).toEqual([]);
  });

  it('finds a phrase in every context when it names none, and only in its own contexts when it does', () => {
    const yaml = 'phrases:\n  - { pattern: "well done", reason: grades }\n  - { pattern: "should have", reason: verdict, in: [feedback] }\n';
    expect(found('Well done. You should have waited.', 'speech', yaml)).toEqual(['0: Well done']);
    expect(found('Well done. You should have waited.', 'feedback', yaml)).toEqual(['0: Well done', '15: should have']);
  });

  it('finds a phrase wrapped over two lines, with the offset of its start', () => {
    expect(found('It was\nwell\ndone.', 'debrief', 'phrases:\n  - { pattern: "well done", reason: grades }\n')).toEqual(['7: well done']);
  });

  it('skips matches inside straight or curly quotation marks only for allowQuoted phrases', () => {
    const yaml = 'phrases:\n  - { pattern: "right answer", reason: r, allowQuoted: true }\n  - { pattern: "perfect", reason: p }\n';
    expect(found('They wanted "the right answer", a “right answer”, the right answer.', 'feedback', yaml)).toEqual(['54: right answer']);
    expect(found('She said "perfect".', 'feedback', yaml)).toEqual(['10: perfect']);
  });
});
