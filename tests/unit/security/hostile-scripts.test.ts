/**
 * Hostile scripts, round two (issue 15): what a crafted case file could still make the compiler do,
 * found by attacking the production build, one test per behaviour, each failing before its fix:
 *   1. numbers that are not finite compiled and then broke every save;
 *   3. a list that names an id twice compiled and then crashed the views (duplicate keys);
 *   4. a YAML anchor aliased 99 times compiled to 40 million characters of content notes;
 *   5. an 11,500-scene chain ran the explorer (and the condition parser, and marked) out of stack;
 *   7. raw HTML reached the browser's HTML parser, which reports CSP violations for it;
 *   8. messages carried an engine's words ("Maximum call stack size exceeded", marked's "Please
 *      report this to https://github.com/markedjs/marked").
 * Plus the limits of src/script/limits.ts, each met with a message that names it. Every message
 * here is checked for the app's own words (own-words.ts). Nothing here is timed: a limit is proven
 * by what the compiler says and counts (the front matter measured as written, the scenes counted
 * up to the limit), and how long these inputs take is measured by `npm run bench` (its hostile
 * part, src/tools/bench/hostile-bench.ts, with these same generators).
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { compileScript, type CompileResult } from '../../../src/script/compile';
import { exploreScript } from '../../../src/script/explore';
import {
  MAX_CHOICES, MAX_CONDITION_DEPTH, MAX_EMPHASIS_RUN, MAX_CONDITION_TERMS, MAX_CONTENT_NOTE_CHARS, MAX_CONTENT_NOTES, MAX_DIAGNOSTICS, MAX_FRONT_MATTER_CHARS,
  MAX_LINES, MAX_MARKDOWN_DEPTH, MAX_SCENES, MAX_TEXT_CHARS, MAX_TEXT_ELEMENTS, MAX_YAML_ALIASES,
} from '../../../src/script/limits';
import type { MarkdownRenderer } from '../../../src/script/markdown';
import { createMarkdownToHtml } from '../../../src/script/markdown-html';
import { compileText, fixture, validFixture, vocabulary } from '../compile-fixture';
import { XSS_PAYLOADS } from '../../fixtures/xss/payloads';
import { aliasedAnchor, atTheLimits, choiceGrid, denseText, countdown, deepEmphasis, longLine, manyErrors, manyLines, notChain, sceneChain } from './hostile-scripts';
import { expectOwnWords } from './own-words';

/** A renderer that only escapes, for tests about structure (fast). */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const plain: MarkdownRenderer = { inline: esc, block: (s) => `<p>${esc(s)}</p>`, text: (h) => h.replace(/<[^>]*>/g, '') };
const compileFast = (source: string, file = 'hostile.md') => compileScript(source, file, { vocabulary, markdown: plain, hash: 'x' });

/** The errors as `line: message`, checked for the app's own words. */
function errors(r: CompileResult): string[] {
  const out = r.report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}: ${d.message}`);
  expectOwnWords(out);
  if (out.length) expect(r.script).toBeUndefined();
  return out;
}
const fixtureErrors = (name: string) => errors(compileText(fixture(name), `${name}.md`));

describe('finding 1: numbers that are not finite', () => {
  it('refuses a climate start of .nan at its line, so no save can hold a climate value that is not a number', () => {
    expect(fixtureErrors('validate-climate-start-nan')).toEqual(['13: climate "start" must be a number from 0 to 100']);
  });

  it('refuses minutes of .nan', () => {
    expect(fixtureErrors('validate-minutes-nan')).toEqual(['7: "minutes" must be a number from 0 to 600']);
  });

  it('refuses an effect whose number is too large to be finite', () => {
    expect(fixtureErrors('validate-effect-not-finite')).toEqual([expect.stringMatching(/^24: effect "safety \+9+…" is too large: write a whole number from -100 to \+100$/)]);
  });

  it('refuses a comparison with a number too large to be finite', () => {
    expect(fixtureErrors('validate-condition-number-not-finite')).toEqual([expect.stringMatching(/^23: condition "safety < 9+…": the number after "safety <" is too large; climate values run from 0 to 100$/)]);
  });
});

describe('finding 3: an id listed twice, in any list', () => {
  it.each([
    ['validate-duplicate-competency', '9: "competencies" lists "protect-presenter" twice (first at line 9); list each once'],
    ['validate-duplicate-rule', '10: "rules" lists "honesty" twice (first at line 10); list each once'],
    ['validate-duplicate-challenge', '12: "challenges" lists "advice-giving" twice (first at line 11); list each once'],
    ['validate-duplicate-prop', '10: "props" lists "a corridor clock" twice (first at line 10); list each once'],
    ['validate-duplicate-evidence', '24: choice "wait" gives evidence for "protect-presenter" twice; write it once with the combined change'],
    ['validate-duplicate-effect', '24: choice "wait" changes "safety" twice; write one effect with the combined change'],
  ])('%s is refused before anything renders', (name, message) => {
    expect(fixtureErrors(name)).toEqual([message]);
  });

  it('cast ids, cast names, climate variables, scenes and choices listed twice stay refused', () => {
    for (const name of ['validate-duplicate-cast-id', 'validate-duplicate-cast-name', 'validate-duplicate-climate', 'validate-duplicate-scene-id', 'validate-duplicate-choice-id'])
      expect(fixtureErrors(name).join('\n'), name).toMatch(/duplicate/);
  });
});

describe('finding 4: YAML aliases that expand the front matter', () => {
  it('refuses a 400 KB anchor aliased 99 times by its length as written, before any alias is filled in', () => {
    const source = aliasedAnchor(400, 99);
    const asWritten = source.slice(4, source.indexOf('\n---\n', 4)).length; // between the --- lines
    expect(asWritten).toBeGreaterThan(400 * 1024); // 99 aliases of it would be 40 million characters
    expect(errors(compileFast(source))).toEqual([
      `1: the front matter is ${asWritten.toLocaleString('en')} characters long; the limit is ${MAX_FRONT_MATTER_CHARS.toLocaleString('en')}, so keep long text for the introduction below it`,
    ]);
  });

  it('refuses a 1 KB anchor aliased 99 times, naming the limit on the front matter with its aliases filled in', () => {
    expect(fixtureErrors('limits-yaml-alias-expansion')).toEqual([
      `2: front matter is more than ${MAX_FRONT_MATTER_CHARS.toLocaleString('en')} characters long once its YAML aliases (*name) are filled in; the limit is ${MAX_FRONT_MATTER_CHARS.toLocaleString('en')}, so write each text once instead of repeating an alias`,
    ]);
  });

  it(`refuses more than ${MAX_YAML_ALIASES} uses of an alias, naming the limit`, () => {
    expect(fixtureErrors('limits-yaml-aliases-over-limit')).toEqual([
      `2: front matter uses YAML aliases (*name) more than ${MAX_YAML_ALIASES} times; the limit is ${MAX_YAML_ALIASES}, so write the values out instead`,
    ]);
  });
});

describe('finding 5: work that ran out of stack', () => {
  it('refuses an 11,500-scene chain at the first scene past the limit, not with a stack overflow', () => {
    const source = sceneChain(11_500);
    expect(new TextEncoder().encode(source).length).toBeLessThan(512 * 1024);
    expect(errors(compileFast(source))).toEqual([`${source.split('\n').indexOf(`### Scene: s${MAX_SCENES}`) + 1}: the script has more than ${MAX_SCENES} scenes and endings, the limit for one script; split it into several case files or shorten it`]);
  });

  it('compiles a chain at the scene limit', () => {
    expect(errors(compileFast(sceneChain(MAX_SCENES - 1)))).toEqual([]);
  });

  it('explores a path about 10,000 play states long without running out of stack or memory', () => {
    const r = compileFast(countdown(100));
    expect(errors(r)).toEqual([]);
    const e = exploreScript(r.script!);
    expect(e.exhausted).toBe(false);
    expect(e.states).toBeGreaterThan(10_000);
    expect(e.paths).toBe(1);
  });

  it('refuses a condition of 20,000 nested "not"s with the depth limit, not "Maximum call stack size exceeded"', () => {
    expect(errors(compileFast(notChain(20_000)))).toEqual([
      expect.stringMatching(new RegExp(`^23: condition "(not ){19}.*…": it nests brackets and "not" more than ${MAX_CONDITION_DEPTH} levels deep, the limit; write it more simply$`)),
    ]);
    expect(fixtureErrors('limits-condition-too-deep')).toEqual([
      expect.stringMatching(new RegExp(`^23: condition ".*": it nests brackets and "not" more than ${MAX_CONDITION_DEPTH} levels deep, the limit; write it more simply$`)),
    ]);
  });

  it(`refuses a condition with more than ${MAX_CONDITION_TERMS} tests`, () => {
    expect(fixtureErrors('limits-condition-too-many-terms')).toEqual([
      expect.stringMatching(new RegExp(`^23: condition ".*…": it has more than ${MAX_CONDITION_TERMS} tests, the limit for one condition; split the decision over several scenes$`)),
    ]);
  });

  it(`refuses more than ${MAX_EMPHASIS_RUN} emphasis marks in a row (a thousand nested ** ran marked out of stack) before rendering`, () => {
    expect(errors(compileText(deepEmphasis(1_000)))).toEqual([`20: this text has more than ${MAX_EMPHASIS_RUN} emphasis marks (*, _ or ~) in a row, the limit; write it more simply`]);
  });

  it('reports a piece of text the renderer fails on at its line, in words, never the renderer\'s message', () => {
    const failing: MarkdownRenderer = {
      ...plain,
      inline: (md) => {
        if (md.includes('thinking')) throw new RangeError('Maximum call stack size exceeded\nPlease report this to https://github.com/markedjs/marked.');
        return esc(md);
      },
    };
    const r = compileScript(fixture('validate-minimal'), 'm.md', { vocabulary, markdown: failing, hash: 'x' });
    expect(errors(r)).toEqual(['20: this text could not be turned into formatted text: it nests emphasis (* or _), links or brackets too deeply; write it more simply']);
  });

  it(`refuses text nested more than ${MAX_MARKDOWN_DEPTH} levels deep (quotes, list items, indentation) before rendering it`, () => {
    expect(fixtureErrors('limits-markdown-too-deep')).toEqual([
      `27: this text nests quotes (>), list items or indentation more than ${MAX_MARKDOWN_DEPTH} levels deep, the limit; write it with fewer levels`,
    ]);
  });
});

describe('finding 7: raw HTML never reaches an HTML parser', () => {
  it('marked drops every raw tag of the XSS corpus: what is left has no handler, style, base, frame or script', () => {
    const toHtml = createMarkdownToHtml();
    const doc = new JSDOM('').window.document;
    const problems: string[] = [];
    for (const { name, payload } of XSS_PAYLOADS)
      for (const html of [toHtml.inline(payload), toHtml.block(payload)]) {
        const t = doc.createElement('template');
        t.innerHTML = html;
        for (const el of Array.from(t.content.querySelectorAll('*'))) {
          if (['script', 'style', 'base', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'link', 'meta', 'form', 'template'].includes(el.localName)) problems.push(`${name}: <${el.localName}>`);
          for (const a of Array.from(el.attributes)) if (/^on|^style$|^srcdoc$|^formaction$/i.test(a.name)) problems.push(`${name}: <${el.localName} ${a.name}>`);
        }
      }
    expect(problems).toEqual([]);
  });

  it('keeps the text between inline tags and drops the content of a script', () => {
    const toHtml = createMarkdownToHtml();
    expect(toHtml.inline('a <span style="color:red">b</span> <script>c</script> d')).toBe('a b  d');
  });
});

describe('finding 8: every message in the app\'s words', () => {
  it('no message of a hostile script quotes an engine, a stack or a third-party URL', () => {
    for (const source of [notChain(20_000), deepEmphasis(1_000), deepEmphasis(5_000), sceneChain(11_500), aliasedAnchor(2, 99), `---\ntrack: ${'['.repeat(40_000)}\n---\n`, '---\ny: *undefined\n---\n'])
      errors(source.length > 100_000 ? compileFast(source) : compileText(source));
  });

  it('a YAML problem is told in words, with what to write', () => {
    expect(errors(compileText('---\nid: x\nid: y\n---\n'))[0]).toBe('3: front matter: the same key is written twice in one map; keep one of them');
    expect(errors(compileText('---\ntitle: "open\n---\n'))[0]).toBe('2: front matter: a quoted text is never closed; add the closing quote');
    expect(errors(compileText(`---\ntrack: ${'['.repeat(40_000)}\n---\n`))[0]).toBe('2: front matter: lists or maps are nested too deeply to read; write them with fewer levels of brackets');
  });
});

describe('the limits of src/script/limits.ts, each named where it is met', () => {
  it(`refuses more than ${MAX_CHOICES} choices`, () => {
    const source = choiceGrid(Math.ceil((MAX_CHOICES + 1) / 3), 3);
    expect(errors(compileFast(source))).toEqual([expect.stringMatching(new RegExp(`^\\d+: the script has more than ${MAX_CHOICES} choices, the limit for one script`))]);
    expect(errors(compileFast(choiceGrid(MAX_CHOICES / 4, 4)))).toEqual([]);
  });

  it(`refuses more than ${MAX_LINES.toLocaleString('en')} lines of speech and narration`, () => {
    expect(errors(compileFast(manyLines(MAX_LINES + 1)))).toEqual([expect.stringMatching(new RegExp(`^\\d+: the script has more than ${MAX_LINES.toLocaleString('en')} lines of speech and narration, the limit for one script`))]);
    expect(errors(compileFast(manyLines(MAX_LINES - 1)))).toEqual([]); // and the ending's one line
  });

  it(`refuses a piece of text over ${MAX_TEXT_CHARS.toLocaleString('en')} characters before rendering it`, () => {
    expect(errors(compileText(longLine(MAX_TEXT_CHARS + 1)))).toEqual([
      `20: this text is ${(MAX_TEXT_CHARS + 1).toLocaleString('en')} characters long; the limit for one line, choice, feedback field, debrief or introduction is ${MAX_TEXT_CHARS.toLocaleString('en')}, so shorten it or split it`,
    ]);
    expect(errors(compileText(longLine(MAX_TEXT_CHARS)))).toEqual([]);
  });

  it(`refuses a piece of text that becomes more than ${MAX_TEXT_ELEMENTS} elements, at its line`, () => {
    expect(errors(compileText(denseText(MAX_TEXT_ELEMENTS + 1, 1)))).toEqual([
      `20: this text has more than ${MAX_TEXT_ELEMENTS} pieces of formatting (emphasis, links, list items, paragraphs), the limit for one piece of text; use less formatting or split it`,
    ]);
    expect(errors(compileText(denseText(MAX_TEXT_ELEMENTS - 1, 1)))).toEqual([]);
  });

  it(`refuses more than ${MAX_CONTENT_NOTES} content notes, and a note over ${MAX_CONTENT_NOTE_CHARS} characters`, () => {
    expect(fixtureErrors('validate-content-notes-too-many')).toEqual([`9: "contentNotes" has 13 notes; the limit is ${MAX_CONTENT_NOTES}, so name the heaviest themes only`]);
    expect(fixtureErrors('validate-content-note-too-long')).toEqual([
      `9: a content note is 132 characters long; the limit is ${MAX_CONTENT_NOTE_CHARS}, so name the theme in a few words`,
    ]);
  });

  it(`lists at most ${MAX_DIAGNOSTICS} problems, then says how many more there are`, () => {
    const r = compileFast(manyErrors(MAX_DIAGNOSTICS + 100));
    const out = errors(r);
    expect(out).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(out[MAX_DIAGNOSTICS]).toMatch(/^\d+: 100 more problems are not listed here; fix these first and check again$/);
  });

  it('compiles a script at the scene, choice and line limits, near the size limit', () => {
    const source = atTheLimits();
    expect(new TextEncoder().encode(source).length).toBeLessThanOrEqual(512 * 1024);
    const r = compileText(source, 'limits.md');
    expect(errors(r)).toEqual([]);
    expect(r.report.scenes).toBe(MAX_SCENES);
    expect(r.script!.scenes.reduce((n, s) => n + s.choices.length, 0)).toBe(798);
    expect(r.script!.scenes.reduce((n, s) => n + s.lines.length, 0)).toBe(3_991);
  }, 180_000); // a script at every limit takes seconds to compile on two busy cores

  it('the fixture every limit test varies compiles', () => {
    expect(validFixture('validate-minimal').scenes).toHaveLength(2);
  });
});
