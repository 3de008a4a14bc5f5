/**
 * Property-based robustness of the script compiler (fast-check).
 *
 * (a) compileScript never throws on any string, and every diagnostic points at a real line.
 * (b) Valid scripts (small fixtures and the real content), randomly damaged — lines deleted,
 *     duplicated, swapped, replaced, the text truncated, characters inserted — never throw and
 *     either compile (with safe HTML) or say why not.
 * (c) Front matter with __proto__ / constructor / prototype keys, YAML anchors, aliases and merge
 *     keys (billion-laughs style) never pollutes a prototype and expands nothing (the report stays
 *     small); ids named after prototype members work like any other id.
 *
 * Every message, in every run, is in the app's own words (own-words.ts): no engine error text, stack
 * message or third-party URL, whatever the input.
 *
 * Run counts are printed at the end. Seeds are random; fast-check prints the seed and the shrunk
 * counterexample on failure, so a failure can be replayed with `{ seed, path }`. Nothing here is
 * timed: how long the billion laughs take to refuse is measured by `npm run bench` (its hostile
 * part), and a compile that expanded them would not finish at all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { initialTransition, transition } from 'xstate';
import { afterAll, describe, expect, it } from 'vitest';
import { compileScript, type CompileResult } from '../../../src/script/compile';
import type { MarkdownRenderer } from '../../../src/script/markdown';
import { MAX_YAML_ALIASES } from '../../../src/script/limits';
import { parseScript } from '../../../src/script/parse';
import { validateScript } from '../../../src/script/validate';
import type { Diagnostic, Script } from '../../../src/script/types';
import { createSessionMachine } from '../../../src/machine/session-machine';
import { compileText, fixture, vocabulary } from '../compile-fixture';
import { htmlProblems } from './html-contract';
import { expectOwnWords } from './own-words';
import { scriptHtml } from '../script-html';
import { billionLaughs, LAUGH_SHAPES } from './hostile-scripts';

// ---------------------------------------------------------------------------------------------
// Helpers.

const runs = { total: 0, compiled: 0 };
const lineCount = (source: string) => source.replace(/\r\n?/g, '\n').split('\n').length;

/** The report's promises: well-formed diagnostics on real lines; a script exactly when no error. */
function checkReport(source: string, diagnostics: readonly Diagnostic[], hasScript: boolean | null) {
  const n = lineCount(source);
  expect(Array.isArray(diagnostics)).toBe(true);
  for (const d of diagnostics) {
    expect(['error', 'warning'], JSON.stringify(d)).toContain(d.severity);
    expect(typeof d.message === 'string' && d.message.length > 0, JSON.stringify(d)).toBe(true);
    expect(Number.isInteger(d.line), `line ${d.line} of "${d.message}" is not an integer`).toBe(true);
    expect(d.line, `"${d.message}" points before line 1`).toBeGreaterThanOrEqual(1);
    expect(d.line, `"${d.message}" points past the last line (${n})`).toBeLessThanOrEqual(n);
  }
  if (hasScript !== null) expect(hasScript, 'a script exactly when there is no error').toBe(!diagnostics.some((d) => d.severity === 'error'));
  expectOwnWords(diagnostics.map((d) => d.message));
}

/** compileText, checked; returns the result for further checks. */
function compileChecked(source: string, what: string, compile: (s: string) => CompileResult = (s) => compileText(s)): CompileResult {
  let r: CompileResult;
  try {
    r = compile(source);
  } catch (e) {
    throw new Error(`compile threw on ${what}: ${(e as Error).stack}`);
  }
  runs.total++;
  if (r.script) runs.compiled++;
  checkReport(source, r.report.diagnostics, !!r.script);
  return r;
}

/** Every HTML field of a compiled script must still meet the sanitiser's contract. */
function expectSafeHtml(script: Script) {
  for (const { html: h } of scriptHtml(script)) expect(htmlProblems(h).filter((p) => !/<(?!a>)[a-z0-9]+> href="/.test(p))).toEqual([]);
}

/** A renderer that only escapes: for runs that exercise structure, not Markdown (much faster). */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const plainMarkdown: MarkdownRenderer = { inline: esc, block: (s) => `<p>${esc(s)}</p>`, text: (h) => h.replace(/<[^>]*>/g, '') };
const compileFast = (source: string) => compileScript(source, 'fuzz.md', { vocabulary, markdown: plainMarkdown, hash: 'fuzz' });

/** Pieces of the script grammar, valid and broken, to build script-like noise from. */
const FRAGMENTS = [
  '---', '', '   ', '# Title', '## Phase: questions', '## Phase: discussion', '## Phase: return', '## Phase: bogus', '## Phase:',
  '### Scene: ask', '### Scene: discuss', '### Scene: ASK', '### Ending: open', '### Ending: guarded', '### Scene:',
  '#### Choice protect: "Let\'s keep to facts."', '#### Choice wait: Say nothing.', '#### Choice x:', '##### too deep', '####### seven',
  'Goes to: [Discussion](#discuss)', 'Goes to if safety >= 60: [Open](#open)', 'Goes to: #open', 'Goes to: nowhere', 'Goes to if (: [x](#open)',
  'Next: [Guarded](#guarded)', 'Next if chose wait: [Open](#open)', 'Next if visited ask and not chose protect: #guarded',
  'Minutes: 2', 'Minutes: 999', 'Minutes: -1', 'Minutes: 1e3', 'Title: Open', 'Outcome: strong', 'Outcome: difficult', 'Outcome: ???',
  'Debrief: The group stayed safe.', 'Effects: safety +20', 'Effects: safety +', 'Effects: nope -1, safety -5',
  'Evidence: protect-presenter +1', 'Evidence: tolerate-silence -1', 'Evidence: unknown +1',
  'What happened: Ana relaxes.', 'Why: Because.', 'Instead: Wait.', 'Silent: yes', 'Silent: maybe',
  'If: chose wait', 'If: not (safety < 3 or visited ask)', 'If: ((((', 'If: not not not not safety == 1',
  '**Ana:** Hello.', '**Ben (thinks):** Hm.', '**Nobody:** ?', '**Ana:**', '**:**', '[if safety < 40] **Ana:** They judge me.', '[if ((] x', '[if] x',
  '<!--', '-->', '<!-- a comment -->', 'id: fuzz', 'title: Fuzz', 'track: foundations', 'seat: member', 'cast:',
  '  - { id: ana, name: Ana, role: presenter, persona: "p" }', 'climate:', '  - { id: safety, label: S, start: 50 }',
  '__proto__: { polluted: yes }', 'constructor: { prototype: { polluted: yes } }', 'x: &a [1, *a]', '<<: *a', 'y: *undefined',
  '`code`', '- list item', '> quote', '<script>alert(1)</script>', '[x](javascript:alert(1))', '\t', '\u0000', '\uFEFF---', '\u2028',
];

const noise = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'#*-:[]()<>!`"\'{}&|~ \t'), maxLength: 20 }) },
);
const newline = fc.constantFrom('\n', '\r\n', '\r');

/** Every UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

// ---------------------------------------------------------------------------------------------
// (a) Arbitrary input.

const branching = fixture('branching');
const branchingFrontMatter = branching.slice(0, branching.indexOf('\n---', 4) + 4);

describe('(a) compileScript never throws on arbitrary text', () => {
  it('grapheme strings (500 runs)', { timeout: 30_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => void compileChecked(s, 'grapheme string')), { numRuns: 500 });
  });

  it('binary strings: any code point, and any UTF-16 unit including lone surrogates (250 + 250 runs)', { timeout: 30_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void compileChecked(s, 'binary string')), { numRuns: 250 });
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 300 }), (s) => void compileChecked(s, 'UTF-16 string')), { numRuns: 250 });
  });

  it('script-shaped noise: grammar fragments and junk lines, with and without a valid front matter (500 runs)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.option(fc.constant(branchingFrontMatter), { nil: '' }), fc.array(noise, { maxLength: 60 }), newline, (head, lines, nl) => {
        const source = [...(head ? [head] : []), ...lines].join(nl);
        compileChecked(source, 'script-shaped noise');
      }),
      { numRuns: 500 },
    );
  });

  it('edge cases: empty, only newlines, unterminated front matter, too large', () => {
    for (const s of ['', '\n', '\r\n\r\n', '\r', '---', '---\n', '---\n---', '---\r\n---\r\n', '\uFEFF---\nid: x\n---', '<!--', '---\n---\n<!--']) compileChecked(s, JSON.stringify(s));
    const huge = compileChecked(`---\n${'x'.repeat(1_000_001)}`, 'over the size limit');
    expect(huge.report.diagnostics[0]!.message).toMatch(/too large/);
    // Not a string at all (imported data can be anything): reported, not thrown.
    for (const v of [undefined, null, 42, {}, []] as unknown[]) {
      const r = compileScript(v as string, 'x.md', { vocabulary, markdown: plainMarkdown, hash: 'x' });
      expect(r.script).toBeUndefined();
      expect(r.report.diagnostics[0]!.message).toMatch(/not text/);
    }
  });

  it('deeply nested conditions are reported, not thrown (stack exhaustion)', () => {
    for (const depth of [10, 1000, 5000, 20000]) {
      compileChecked(branching.replace('[if safety < 40]', `[if ${'not '.repeat(depth)}safety < 40]`), `not ×${depth}`);
      compileChecked(branching.replace('[if safety < 40]', `[if ${'('.repeat(depth)}safety < 40${')'.repeat(depth)}]`), `( ×${depth}`);
    }
    compileChecked(branching.replace('track: foundations', `track: ${'['.repeat(5000)}x${']'.repeat(5000)}`), 'nested YAML');
  });
});

// ---------------------------------------------------------------------------------------------
// (b) Damaged valid scripts.

type Mutation = { op: 'delete' | 'duplicate' | 'swap' | 'truncate' | 'insert' | 'replace'; a: number; b: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate', 'insert', 'replace'),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), fc.constantFrom(...FRAGMENTS), fc.constantFrom('\n', '#', '*', '**', ':', '[', ']', '(', ')', '<!--', '---', '`', '\u0000')),
});
const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

/** Apply mutations to a source, line-wise (delete/duplicate/swap/replace) or char-wise (truncate/insert). */
export function mutate(source: string, ms: readonly Mutation[]): string {
  let lines = source.split('\n');
  for (const m of ms) {
    const i = lines.length ? m.a % lines.length : 0;
    const j = lines.length ? m.b % lines.length : 0;
    switch (m.op) {
      case 'delete': lines.splice(i, 1); break;
      case 'duplicate': lines.splice(i, 0, lines[i] ?? ''); break;
      case 'swap': [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? '']; break;
      case 'replace': lines[i] = m.text; break;
      case 'truncate': {
        const text = lines.join('\n');
        lines = text.slice(0, m.a % (text.length + 1)).split('\n');
        break;
      }
      case 'insert': {
        const text = lines.join('\n');
        const at = m.a % (text.length + 1);
        lines = (text.slice(0, at) + m.text + text.slice(at)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

const SMALL_FIXTURES = ['branching', 'markdown-raw-html', 'validate-minimal', 'explore-bounded-loop', 'explore-clock', 'explore-effects-split-states', 'explore-history-in-conditions', 'explore-three-decisions', 'standards-foundations-minimum'];
const smallSources = SMALL_FIXTURES.map((f) => ({ name: f, source: fixture(f) }));
const contentDir = resolve(process.cwd(), 'content/sessions');
const contentSources = readdirSync(contentDir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ name: f, source: readFileSync(resolve(contentDir, f), 'utf8') }));
/** Foundations modules have few paths, so exploring a mutant of one is cheap enough to repeat. */
const foundationSources = contentSources.filter((c) => c.name.startsWith('f'));

describe('(b) damaged valid scripts never throw: they compile or say why not', () => {
  it('the unmutated sources compile (so mutants start from valid scripts)', () => {
    for (const { name, source } of smallSources) expect(compileText(source, name).report.diagnostics.filter((d) => d.severity === 'error'), name).toEqual([]);
    expect(contentSources.length).toBeGreaterThanOrEqual(10);
  });

  it('small fixtures, full compile with the real Markdown renderer (200 runs)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...smallSources), mutations, ({ name, source }, ms) => {
        const r = compileChecked(mutate(source, ms), `mutant of ${name}`);
        if (r.script) expectSafeHtml(r.script);
      }),
      { numRuns: 200 },
    );
  });

  it('every real content file: parse and validate (the stages that read the text) on mutants (120 runs)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...contentSources), mutations, ({ name, source }, ms) => {
        const text = mutate(source, ms);
        let diagnostics: Diagnostic[];
        try {
          const p = parseScript(text, name);
          diagnostics = [...p.diagnostics, ...validateScript(p.raw, vocabulary).diagnostics];
        } catch (e) {
          throw new Error(`parse/validate threw on a mutant of ${name}: ${(e as Error).stack}`);
        }
        runs.total++;
        checkReport(text, diagnostics, null);
      }),
      { numRuns: 120 },
    );
  });

  it('foundations content files: full compile, exploration included, on mutants (20 runs)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...foundationSources), mutations, ({ name, source }, ms) => void compileChecked(mutate(source, ms), `mutant of ${name}`, compileFast)),
      { numRuns: 20 },
    );
  });

  it('the mutator really mutates (control)', () => {
    const src = 'a\nb\nc';
    expect(mutate(src, [{ op: 'delete', a: 1, b: 0, text: '' }])).toBe('a\nc');
    expect(mutate(src, [{ op: 'duplicate', a: 1, b: 0, text: '' }])).toBe('a\nb\nb\nc');
    expect(mutate(src, [{ op: 'swap', a: 0, b: 2, text: '' }])).toBe('c\nb\na');
    expect(mutate(src, [{ op: 'truncate', a: 3, b: 0, text: '' }])).toBe('a\nb');
    expect(mutate(src, [{ op: 'insert', a: 1, b: 0, text: 'X' }])).toBe('aX\nb\nc');
    expect(mutate(src, [{ op: 'replace', a: 2, b: 0, text: 'Z' }])).toBe('a\nb\nZ');
  });
});

// ---------------------------------------------------------------------------------------------
// (c) Prototype pollution and YAML resource exhaustion.

const protoSnapshot = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join('|');
const before = protoSnapshot();
function expectNoPollution() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.toString.call([])).toBe('[object Array]');
  expect(typeof ({}).hasOwnProperty).toBe('function');
  expect(protoSnapshot()).toBe(before);
}

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isAdmin'];
const yamlKey = fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.constantFrom('"__proto__"', "'constructor'", '? __proto__'));
const anchorName = fc.constantFrom('a', 'b', 'c');
const yamlValue: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('yes', '1', 'x', 'null', '~', '"str"', '{}', '[]', 'true'),
    anchorName.map((a) => `*${a}`),
    fc.tuple(anchorName, tie('value')).map(([a, v]) => `&${a} ${v}`),
    fc.array(fc.tuple(yamlKey, tie('value')), { maxLength: 3 }).map((kv) => `{ ${kv.map(([k, v]) => `${k.replace(/^\? /, '')}: ${v}`).join(', ')} }`),
    fc.tuple(anchorName, fc.array(fc.tuple(yamlKey, tie('value')), { maxLength: 2 })).map(([a, kv]) => `{ <<: *${a}${kv.map(([k, v]) => `, ${k.replace(/^\? /, '')}: ${v}`).join('')} }`),
    fc.array(tie('value'), { maxLength: 3 }).map((vs) => `[${vs.join(', ')}]`),
  ),
})).value;

describe('(c) front matter cannot pollute prototypes or exhaust resources', () => {
  it('the __proto__ fixture is rejected and pollutes nothing', () => {
    const r = compileChecked(fixture('parse-front-matter-proto'), 'parse-front-matter-proto');
    expect(r.script).toBeUndefined();
    expect(r.report.diagnostics.map((d) => d.message).join('\n')).toMatch(/"__proto__" is not allowed/);
    expectNoPollution();
  });

  it('explicit pollution attempts at the top level and nested, in every YAML spelling', () => {
    const attempts = [
      '__proto__: { polluted: yes }',
      '"__proto__": { polluted: yes }',
      "'__proto__': { polluted: yes }",
      '? __proto__\n: { polluted: yes }',
      'constructor: { prototype: { polluted: yes } }',
      'prototype: { polluted: yes }',
      'cast:\n  - { __proto__: { polluted: yes }, id: ana, name: Ana, role: presenter, persona: p }',
      'climate:\n  - { constructor: { prototype: { polluted: yes } }, id: safety, label: S, start: 50 }',
      'climate:\n  - { id: safety, label: S, start: 50, <<: { __proto__: { polluted: yes } } }',
      'related: [{ __proto__: { polluted: yes } }]',
      'x: &p { polluted: yes }\n__proto__: *p',
      'title: !!js/function "function(){ Object.prototype.polluted = 1 }"',
      'title: !!js/undefined x',
      'title: !<tag:yaml.org,2002:js/regexp> /x/',
    ];
    for (const a of attempts) {
      const source = branching.replace(/^cast:[\s\S]*?(?=^climate:)|^climate:[\s\S]*?(?=^---)|^title: .*\n/m, (m) => (a.startsWith(m.split(':')[0]!) ? '' : m)).replace('minutes: 3\n', `minutes: 3\n${a}\n`);
      compileChecked(source, a);
      expectNoPollution();
    }
  });

  it('random front matter built from dangerous keys, anchors, aliases and merge keys (250 runs)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(yamlKey, yamlValue), { minLength: 1, maxLength: 6 }), fc.boolean(), (pairs, keepValid) => {
        const extra = pairs.map(([k, v]) => (k.startsWith('? ') ? `${k}\n: ${v}` : `${k}: ${v}`)).join('\n');
        const source = keepValid ? branching.replace('minutes: 3\n', `minutes: 3\n${extra}\n`) : `---\n${extra}\n---\n${branching.slice(branchingFrontMatter.length)}`;
        compileChecked(source, 'random front matter');
        expectNoPollution();
      }),
      { numRuns: 250 },
    );
  });

  for (const shape of LAUGH_SHAPES) {
    it(`billion laughs (${shape}) is refused with the alias limit and expands nothing`, () => {
      const r = compileChecked(billionLaughs(shape), `billion laughs ${shape}`);
      expect(r.script).toBeUndefined();
      expect(r.report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
        `front matter uses YAML aliases (*name) more than ${MAX_YAML_ALIASES} times; the limit is ${MAX_YAML_ALIASES}, so write the values out instead`,
      ]);
      expect(JSON.stringify(r.report).length).toBeLessThan(100_000);
      expectNoPollution();
    });
  }

  it('ids named after prototype members (constructor, prototype, length, map…) compile and play like any other', () => {
    const renamed = branching
      .replace(/\bask\b/g, 'constructor')
      .replace(/\bdiscuss\b/g, 'prototype')
      .replace(/\bopen\b/g, 'length')
      .replace(/\bguarded\b/g, 'valueof')
      .replace(/\bprotect\b(?!-)/g, 'map')
      .replace(/\bwait\b/g, 'push')
      .replace(/\bhold\b/g, 'tostring')
      .replace(/\brescue\b/g, 'call')
      .replace(/\bsafety\b/g, 'constructor')
      .replace(/id: ana\b/, 'id: hasownproperty');
    const r = compileChecked(renamed, 'prototype-named ids');
    expect(r.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const script = r.script!;
    expect(script.climate[0]!.id).toBe('constructor');
    expect(r.report.paths).toBe(compileText(branching).report.paths);
    // Play every path through the real machine.
    const machine = createSessionMachine(script);
    const [s0] = initialTransition(machine, {});
    expect(s0.value).toBe('constructor');
    expect(s0.context.climate).toEqual({ constructor: 50 });
    const play = (...choices: string[]) => String(choices.reduce((s, c) => transition(machine, s, { type: 'choice.select', choiceId: c })[0], s0).value);
    expect(play('map', 'tostring')).toBe('length'); // safety 70 ≥ 60: the open ending
    expect(play('push', 'tostring')).toBe('valueof');
    expect(play('push', 'call')).toBe('valueof');
    expect(play('map', 'call')).toBe('prototype'); // "call" needs "chose push": not offered, nothing happens
    // Events naming prototype members that are not choices do nothing.
    for (const bogus of ['__proto__', 'toString', 'hasOwnProperty', 'prototype', 'constructor', 'length'])
      expect(transition(machine, s0, { type: 'choice.select', choiceId: bogus })[0].value).toBe('constructor');
    expectNoPollution();
  });
});

afterAll(() => {
  console.log(
    `[parser-fuzz] ${runs.total} compiles/parses checked (${runs.compiled} produced a script); prototypes unpolluted.`,
  );
});
