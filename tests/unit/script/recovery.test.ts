/**
 * Error recovery (issue 14, item 6): a one-character typo gives one message, not a cascade. Every
 * fixture is tests/fixtures/recover-base.md with one thing changed; each test compiles it and
 * asserts the complete list of errors. Before recovery, the scene heading typo alone gave 36
 * errors on the README's example, an unclosed quote in the front matter 52.
 */
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/script/parse';
import { compileText, fixture, messages } from '../compile-fixture';

/** Errors of a compile as `line: message`. */
const errorsOf = (name: string) => messages(compileText(fixture(name), `tests/fixtures/${name}.md`));
const parsed = (name: string) => parseScript(fixture(name), `tests/fixtures/${name}.md`).raw;

describe('recovery: the fixtures', () => {
  it('compiles the base every recovery fixture changes', () => {
    expect(errorsOf('recover-base')).toEqual([]);
  });

  it.each([
    'recover-scene-heading-typo', 'recover-ending-heading-typo', 'recover-scene-heading-unreadable', 'recover-choice-heading-missing-colon',
    'recover-choice-heading-unreadable', 'recover-field-missing-colon', 'recover-field-misspelt', 'recover-unreadable-way-on',
    'recover-front-matter-quote', 'recover-front-matter-cast', 'recover-front-matter-closing-line', 'recover-phase-heading-typo',
  ])('%s changes one line of the base', (name) => {
    const base = fixture('recover-base').split('\n');
    const changed = fixture(name).split('\n');
    expect(changed).toHaveLength(base.length);
    expect(changed.filter((l, i) => l !== base[i])).toHaveLength(1);
  });
});

describe('recovery: headings', () => {
  it('reads a scene heading with a misspelt keyword as the scene it names', () => {
    expect(errorsOf('recover-scene-heading-typo')).toEqual(['43: expected "### Scene: <scene-id>" or "### Ending: <scene-id>", found "### Scne: discuss"']);
    expect(parsed('recover-scene-heading-typo').scenes.map((s) => s.id)).toEqual(['ask', 'discuss', 'open', 'guarded']);
  });

  it('reads an ending heading with a misspelt keyword as the ending it names', () => {
    expect(errorsOf('recover-ending-heading-typo')).toEqual(['78: expected "### Scene: <scene-id>" or "### Ending: <scene-id>", found "### Endng: guarded"']);
    expect(parsed('recover-ending-heading-typo').scenes.find((s) => s.id === 'guarded')?.isEnding).toBe(true);
  });

  it('skips the section of a scene heading without a readable id, and reports no unknown target or unreachable scene for it', () => {
    expect(errorsOf('recover-scene-heading-unreadable')).toEqual(['43: expected "### Scene: <scene-id>" or "### Ending: <scene-id>", found "### Scene: the discussion"']);
    expect(parsed('recover-scene-heading-unreadable').scenes.map((s) => s.id)).toEqual(['ask', 'open', 'guarded']);
  });

  it('reads a choice heading without its colon as the choice it names, with its fields', () => {
    expect(errorsOf('recover-choice-heading-missing-colon')).toEqual([`23: expected "#### Choice <choice-id>: <text>", found "#### Choice protect "Let's keep to questions of fact.""`]);
    const protect = parsed('recover-choice-heading-missing-colon').scenes[0]!.choices[0]!;
    expect([protect.id, protect.markdown, protect.routes.map((r) => r.target)]).toEqual(['protect', "Let's keep to questions of fact.", ['discuss']]);
  });

  it('skips the fields of a choice heading without an id, and reports no unknown choice in conditions for it', () => {
    expect(errorsOf('recover-choice-heading-unreadable')).toEqual(['32: expected "#### Choice <choice-id>: <text>", found "#### Choice: Say nothing."']);
    expect(parsed('recover-choice-heading-unreadable').scenes[0]!.choices.map((c) => c.id)).toEqual(['protect']);
  });

  it('keeps the phase of a phase heading with a misspelt keyword', () => {
    expect(errorsOf('recover-phase-heading-typo')).toEqual(['41: expected "## Phase: <phase-id>", found "## Phse: discussion"']);
    expect(parsed('recover-phase-heading-typo').scenes.find((s) => s.id === 'discuss')?.phase).toBe('discussion');
  });

  it('reports text outside a scene once per run of text, not once per line', () => {
    expect(errorsOf('recover-text-outside-scene')).toEqual(['43: text outside a scene (start a scene with "### Scene: <scene-id>")']);
  });
});

describe('recovery: fields', () => {
  it('reads a choice field without its colon as that field', () => {
    expect(errorsOf('recover-field-missing-colon')).toEqual(['24: "Goes to" needs a colon after it: "Goes to: …"']);
    expect(parsed('recover-field-missing-colon').scenes[0]!.choices[0]!.routes.map((r) => r.target)).toEqual(['discuss']);
  });

  it('reads a choice field with a misspelt name as the field meant, and says which', () => {
    expect(errorsOf('recover-field-misspelt')).toEqual(['27: "What hapened:" is not a choice field; did you mean "What happened:"?']);
    expect(parsed('recover-field-misspelt').scenes[0]!.choices[0]!.happened?.markdown).toBe('Ben nods, and Ana goes on.');
  });

  it('does not also report a way on it could not read as missing', () => {
    expect(errorsOf('recover-unreadable-way-on')).toEqual(['24: Goes to: needs a scene link like "[label](#scene-id)"']);
  });
});

describe('recovery: front matter', () => {
  it('reads the other fields when one has an unclosed quote, and reports no missing field for it', () => {
    expect(errorsOf('recover-front-matter-quote')).toEqual(['3: front matter: a quoted text is never closed; add the closing quote']);
    const raw = parsed('recover-front-matter-quote');
    expect(raw.meta.id?.value).toBe('fixture-recover');
    expect(raw.unread?.meta).toEqual(['title']);
  });

  it('does not check speakers against a cast it could not read', () => {
    expect(errorsOf('recover-front-matter-cast')).toEqual(['14: front matter: a quoted text is never closed; add the closing quote']);
    expect(parsed('recover-front-matter-cast').unread?.meta).toEqual(['cast']);
  });

  it('takes a mistyped closing line for the "---" meant, and reads the body', () => {
    expect(errorsOf('recover-front-matter-closing-line')).toEqual([
      '15: front matter starts with "---" but never ends with a closing "---"; line 15 looks like it was meant to be that "---"',
    ]);
    expect(parsed('recover-front-matter-closing-line').scenes).toHaveLength(4);
  });

  it('reports front matter that never closes once, not every field as missing', () => {
    expect(errorsOf('parse-unterminated-front-matter')).toEqual(['1: front matter starts with "---" but never ends with a closing "---"']);
  });

  it('reports a script without front matter once, not every field as missing', () => {
    expect(errorsOf('parse-missing-front-matter')).toEqual(['1: a script must start with front matter between "---" lines']);
  });
});
