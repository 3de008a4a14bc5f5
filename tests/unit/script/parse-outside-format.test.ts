/** Parser behaviours: what is not part of the script format, and input no parser should choke on. */
import { describe, expect, it } from 'vitest';
import { MAX_SCRIPT_CHARS, parseScript, type ParseResult } from '../../../src/script/parse';
import { fixture } from '../compile-fixture';
import { errors, parse, scene } from './parse-helpers';

describe('parser: what is not part of the format', () => {
  it('reports headings of level 5 inside a scene', () => {
    const r = parse('parse-heading-level-five');
    expect(errors(r)).toEqual(['22: headings of level 5 are not part of the script format']);
    expect(scene(r, 'ask').choices.map((c) => c.id)).toEqual(['wait']);
  });

  it('reports a level-2 heading that is not a phase', () => {
    expect(errors(parse('parse-bad-phase-heading'))).toEqual(['29: expected "## Phase: <phase-id>", found "## Notes"']);
  });

  it('reports a level-3 heading that is not a scene or ending', () => {
    expect(errors(parse('parse-bad-scene-heading'))).toEqual(['29: expected "### Scene: <scene-id>" or "### Ending: <scene-id>", found "### Notes"']);
  });

  it('reports a level-4 heading that is not a choice', () => {
    expect(errors(parse('parse-bad-choice-heading'))).toEqual(['22: expected "#### Choice <choice-id>: <text>", found "#### Options"']);
  });

  it('reports a choice that is not inside a scene', () => {
    const r = parse('parse-choice-outside-scene');
    expect(errors(r)).toEqual(['18: choice "early" is not inside a scene']);
    expect(r.raw.scenes.flatMap((s) => s.choices.map((c) => c.id))).toEqual(['wait']);
  });

  it('reports a "# title" heading after the first phase', () => {
    expect(errors(parse('parse-title-after-phase'))).toEqual(['29: a "# title" heading may only come before the first phase']);
  });

  it('reports text between a phase heading and the first scene', () => {
    expect(errors(parse('parse-text-outside-scene'))).toEqual(['18: text outside a scene (start a scene with "### Scene: <scene-id>")']);
  });

  it('reports a paragraph after a choice that is not a choice field', () => {
    const r = parse('parse-text-after-choice');
    expect(errors(r)).toEqual(['30: text after a choice heading must be a choice field (Goes to:, Evidence:, What happened:, Why:, Gives:, Costs:…)']);
    expect(scene(r, 'ask').lines.map((l) => l.markdown)).toEqual(['I keep thinking about her.']);
  });
});

describe('parser: robustness', () => {
  it('reads CRLF line endings exactly like LF', () => {
    const lf = fixture('parse-choice-fields');
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(crlf).toContain('\r\n');
    expect(parseScript(crlf, 'f.md')).toEqual(parseScript(lf, 'f.md'));
  });

  it.each([
    ['an empty string', '', ['1: a script must start with front matter between "---" lines']],
    ['only "---"', '---', ['1: front matter starts with "---" but never ends with a closing "---"']],
    ['empty front matter', '---\n---', ['2: front matter must be a list of "key: value" fields']],
    ['binary-ish text', '\u0000\u0001\u0002\uFFFD\u0007\u00ff\u00fe garbage \u0000', ['1: a script must start with front matter between "---" lines']],
    ['bare hashes', '#\n##\n###\n####\n#####', ['1: a script must start with front matter between "---" lines']],
  ])('never throws on %s and says what is wrong', (_what, source, expected) => {
    let r: ParseResult | undefined;
    expect(() => (r = parseScript(source, 'f.md'))).not.toThrow();
    expect(errors(r!)).toEqual(expected);
    expect(r!.raw.scenes).toEqual([]);
  });

  it('refuses a script over the size limit without reading it', () => {
    const huge = `---\n${'x'.repeat(2_000_000)}`;
    const r = parseScript(huge, 'f.md');
    expect(errors(r)).toEqual([`1: script is too large (${huge.length.toLocaleString('en')} characters; the limit is ${MAX_SCRIPT_CHARS.toLocaleString('en')})`]);
    expect(r.raw.meta).toEqual({});
  });

  it('refuses input that is not text', () => {
    expect(errors(parseScript(undefined as unknown as string, 'f.md'))).toEqual(['1: script is not text']);
  });

  it('never throws on random mixtures of script syntax and reports only lines that exist', () => {
    const parts = [
      '---', 'id: x', 'cast: [', ': : :', '## Phase: opening', '## Phase:', '### Scene: a', '### Ending: b', '#### Choice c: d',
      '#### Choice : ', 'Goes to: [x](#a)', 'Goes to if ((: [x](#a)', 'Next if safety <: #b', 'Next:', 'Effects: ,,, x +',
      'Evidence: a +1, b', 'What happened:', 'Why: <!--', '-->', 'Instead: *', '[if ] **:**', '[if not] x', '**Ana (thinks):**',
      'Minutes: -1', 'Silent: ', 'Title:', 'Outcome: ', 'Debrief:', '', '\r', '\u0000', '# t', '##### x', '<!-- x -->',
    ];
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + rand(40) }, () => parts[rand(parts.length)]).join('\n');
      const lineCount = text.replace(/\r\n?/g, '\n').split('\n').length;
      const r = parseScript(text, 'f.md');
      for (const d of r.diagnostics) {
        expect(Number.isInteger(d.line), text).toBe(true);
        expect(d.line, text).toBeGreaterThanOrEqual(1);
        expect(d.line, text).toBeLessThanOrEqual(lineCount);
      }
    }
  });
});
