/**
 * Parser behaviours (src/script/parse.ts): Markdown script text → RawScript, syntax only; the
 * structure of the body here, the front matter in parse-front-matter.test.ts, what is not part of
 * the format and robustness in parse-outside-format.test.ts. One behaviour, one fixture in
 * tests/fixtures/parse-*.md, one test.
 */
import { describe, expect, it } from 'vitest';
import { compileText, fixture } from '../compile-fixture';
import { errors, parse, scene } from './parse-helpers';

/** The choice every parse fixture ends its first scene with, as parsed (lines vary). */
const plainWait = (heading: number) => ({
  id: 'wait',
  markdown: 'Say nothing.',
  silent: false,
  routes: [{ target: 'end', line: heading + 1 }],
  effects: [],
  evidence: [{ id: 'protect-presenter', delta: 1, line: heading + 2 }],
  happened: { markdown: 'Ana goes on.', line: heading + 3 },
  why: { markdown: 'Silence lets the group work.', line: heading + 4 },
  gives: { markdown: 'Room for the presenter to go on.', line: heading + 5 },
  costs: { markdown: 'A question stays unasked.', line: heading + 6 },
  line: heading,
});


describe('parser: structure', () => {
  it('reads the introduction, phases and scenes with their lines, ignoring the title and heading notes', () => {
    const r = parse('parse-phases-and-scenes');
    expect(errors(r)).toEqual([]);
    expect(r.raw.intro).toBe('An introduction that runs\nover two lines.');
    expect(r.raw.phases).toEqual([
      { value: 'questions', line: 21 },
      { value: 'close', line: 40 },
    ]);
    expect(r.raw.scenes.map((s) => ({ id: s.id, phase: s.phase, isEnding: s.isEnding, line: s.line }))).toEqual([
      { id: 'ask', phase: 'questions', isEnding: false, line: 23 },
      { id: 'wonder', phase: 'questions', isEnding: false, line: 29 },
      { id: 'end', phase: 'close', isEnding: true, line: 42 },
    ]);
  });

  it('tells speech, narration and the inner voice apart', () => {
    const r = parse('parse-line-kinds');
    expect(errors(r)).toEqual([]);
    expect(scene(r, 'ask').lines).toEqual([
      { kind: 'speech', speakerName: 'Ana', markdown: 'I keep thinking about her.', when: undefined, line: 20 },
      { kind: 'narration', markdown: 'The room is quiet.', when: undefined, line: 22 },
      { kind: 'inner', speakerName: 'Ana', markdown: 'They will judge me.', when: undefined, line: 24 },
      { kind: 'speech', speakerName: 'You', markdown: 'Go on.', when: undefined, line: 26 },
    ]);
  });

  it('joins a paragraph wrapped over several lines and keeps its first line', () => {
    const r = parse('parse-multi-line-paragraph');
    expect(errors(r)).toEqual([]);
    expect(scene(r, 'ask').lines.map((l) => [l.kind, l.markdown, l.line])).toEqual([
      ['speech', 'She came in late again,\nand stood in the corridor,\nlooking at me.', 20],
      ['narration', 'The room is quiet\nfor a long time.', 24],
    ]);
  });

  it('reads an [if …] prefix as the condition of speech and of narration', () => {
    const r = parse('parse-conditional-line');
    expect(errors(r)).toEqual([]);
    expect(scene(r, 'ask').lines).toEqual([
      {
        kind: 'inner',
        speakerName: 'Ana',
        markdown: 'They think I failed her.',
        when: { kind: 'compare', variable: 'safety', op: '<', value: 40 },
        line: 20,
      },
      { kind: 'narration', markdown: 'The room is quiet.', when: { kind: 'not', operand: { kind: 'chose', choice: 'wait' } }, line: 22 },
    ]);
  });

  it('reports a condition prefix that does not parse at its line and keeps the line unconditional', () => {
    const r = parse('parse-bad-condition');
    expect(errors(r)).toEqual(['20: condition "safety <": expected a number after "safety <"']);
    expect(scene(r, 'ask').lines).toEqual([{ kind: 'speech', speakerName: 'Ana', markdown: 'I keep thinking about her.', when: undefined, line: 20 }]);
  });

  it('reads Minutes: and defaults other scenes to 1 minute', () => {
    const r = parse('parse-minutes');
    expect(errors(r)).toEqual([]);
    expect(r.raw.scenes.map((s) => [s.id, s.minutes])).toEqual([
      ['ask', 4],
      ['end', 1],
    ]);
  });

  it('reports Minutes: that is not a number', () => {
    const r = parse('parse-minutes-not-a-number');
    expect(errors(r)).toEqual(['20: Minutes: must be a number of minutes (0–120), found "soon"']);
    expect(scene(r, 'ask').minutes).toBe(1);
  });

  it('reports Minutes: over 120', () => {
    expect(errors(parse('parse-minutes-too-many'))).toEqual(['20: Minutes: must be a number of minutes (0–120), found "121"']);
  });

  it('reads Next if …: and Next: routes in order, with a [label](#id) or a bare #id link', () => {
    const r = parse('parse-next-routes');
    expect(errors(r)).toEqual([]);
    expect(scene(r, 'route').next).toEqual([
      { target: 'guarded', when: { kind: 'compare', variable: 'safety', op: '<', value: 40 }, line: 49 },
      { target: 'open', when: { kind: 'chose', choice: 'calm' }, line: 50 },
      { target: 'end', line: 51 },
    ]);
  });

  it('reports a Next: without a scene link', () => {
    const r = parse('parse-next-without-link');
    expect(errors(r)).toEqual(['22: Next: needs a scene link like "[label](#scene-id)"']);
    expect(scene(r, 'ask').next).toEqual([]);
  });

  it('reads a choice with every field', () => {
    const r = parse('parse-choice-fields');
    expect(errors(r)).toEqual([]);
    expect(scene(r, 'ask').choices[0]).toEqual({
      id: 'wonder',
      markdown: 'I wonder what the lateness is like for *her*.',
      when: {
        kind: 'and',
        operands: [
          { kind: 'compare', variable: 'safety', op: '>', value: 20 },
          { kind: 'not', operand: { kind: 'chose', choice: 'wait' } },
        ],
      },
      silent: false,
      routes: [
        { target: 'open', when: { kind: 'compare', variable: 'safety', op: '>=', value: 60 }, line: 26 },
        { target: 'end', line: 27 },
      ],
      effects: [
        { id: 'safety', delta: 10, line: 28 },
        { id: 'focus', delta: -5, line: 28 },
      ],
      evidence: [
        { id: 'imagine-feelings', delta: 1, line: 29 },
        { id: 'restraint-from-advice', delta: -1, line: 29 },
      ],
      happened: { markdown: 'The group turns to the patient.', line: 30 },
      why: { markdown: 'Imagining feelings is the core of the discussion.', line: 31 },
      gives: { markdown: 'A way into the relationship.', line: 32 },
      costs: { markdown: "Ana's worry about the schedule waits.", line: 33 },
      also: { markdown: 'Staying quiet a little longer.', line: 34 },
      line: 23,
    });
  });

  it('runs a feedback field over paragraphs and lists until the next field', () => {
    const r = parse('parse-multi-line-feedback');
    expect(errors(r)).toEqual([]);
    const c = scene(r, 'ask').choices[0]!;
    expect(c.happened).toEqual({ markdown: 'Ana pauses.\nShe looks at the floor.\n\nThen she goes on:\n\n- slower\n- quieter', line: 25 });
    expect(c.why).toEqual({ markdown: 'Silence lets the group work.\n\nIt is not empty.', line: 32 });
    expect(c.gives?.markdown).toBe('Room for the presenter to go on.');
    const built = compileText(fixture('parse-multi-line-feedback')).script!;
    expect(built.scenes[0]!.choices[0]!.feedback.happened).toBe(
      '<p>Ana pauses.\nShe looks at the floor.</p>\n<p>Then she goes on:</p>\n<ul>\n<li>slower</li>\n<li>quieter</li>\n</ul>',
    );
  });

  it('reads Silent: yes as a silent choice and leaves other choices spoken', () => {
    const r = parse('parse-silent');
    expect(errors(r)).toEqual([]);
    expect(scene(r, 'ask').choices.map((c) => [c.id, c.silent])).toEqual([
      ['wait', true],
      ['ask', false],
    ]);
  });

  it('reports Silent: that is neither yes nor no', () => {
    const r = parse('parse-silent-invalid');
    expect(errors(r)).toEqual(['23: Silent: must be "yes" or "no"']);
    expect(scene(r, 'ask').choices[0]!.silent).toBe(false);
  });

  it('strips one pair of straight or curly quotes around choice text and keeps inner quotes', () => {
    const r = parse('parse-quoted-choice-text');
    expect(errors(r)).toEqual([]);
    expect(scene(r, 'ask').choices.map((c) => c.markdown)).toEqual(['How long have you known her?', 'Tell us more.', 'Say "nothing" at all.']);
  });

  it('ignores HTML comments, even across lines and around headings, and keeps line numbers true', () => {
    const r = parse('parse-comments');
    expect(errors(r)).toEqual([]);
    expect(r.raw.intro).toBe('');
    expect(r.raw.scenes.map((s) => s.id)).toEqual(['ask', 'end']);
    expect(r.raw.phases[0]).toEqual({ value: 'questions', line: 20 });
    expect(scene(r, 'ask').lines.map((l) => [l.markdown, l.line])).toEqual([
      ['After the comment.', 24],
      ['Before  after.', 26],
    ]);
    expect(scene(r, 'ask').choices[0]).toEqual(plainWait(28));
  });

  it('reads an ending with Title:, Kind:, Minutes:, lines and a multi-line Debrief:', () => {
    const r = parse('parse-ending');
    expect(errors(r)).toEqual([]);
    expect(scene(r, 'end')).toEqual({
      id: 'end',
      isEnding: true,
      phase: 'close',
      minutes: 2,
      title: { value: 'A new picture of her', line: 33 },
      kind: { value: 'left-with-a-question', line: 34 },
      lines: [{ kind: 'speech', speakerName: 'Ana', markdown: 'Thank you.', when: undefined, line: 36 }],
      choices: [],
      next: [],
      debrief: [{ markdown: 'The group stayed curious.\nAna leaves with a question, not a rule.', line: 38 }],
      line: 31,
    });
  });

  it('splits a Debrief: over paragraphs into parts, each [if …] paragraph a part of its own', () => {
    const r = parse('parse-conditional-debrief');
    expect(errors(r)).toEqual(['45: condition "safety <": expected a number after "safety <"']);
    expect(scene(r, 'end').debrief).toEqual([
      { markdown: 'The group stayed with the case.\n\nIt did not settle on advice.', line: 38 },
      { markdown: 'You said nothing, and Ana went on.\nThe silence was hers to use.', when: { kind: 'chose', choice: 'wait' }, line: 42 },
      { markdown: 'This condition does not parse.', line: 45 },
      { markdown: 'A last word for every path.', line: 47 },
    ]);
  });

  it('reads (thinks, debrief) as an inner voice shown only in the debrief', () => {
    const r = parse('parse-debrief-only-inner');
    expect(errors(r)).toEqual([]);
    expect(scene(r, 'ask').lines).toEqual([
      { kind: 'inner', speakerName: 'Ana', markdown: 'They will judge me.', line: 20 },
      { kind: 'inner', speakerName: 'Ana', debriefOnly: true, markdown: 'I will not tell them about the letter.', line: 22 },
      { kind: 'narration', markdown: '**Ana (thinks, later):** Not a voice the format knows.', line: 24 },
    ]);
  });

  it('reads Long intervention: yes on a scene and reports any other value', () => {
    const r = parse('parse-long-intervention');
    expect(errors(r)).toEqual(['34: Long intervention: must be "yes" or "no"']);
    expect(scene(r, 'ask').longIntervention).toBe(true);
    expect(scene(r, 'end').longIntervention).toBe(false);
  });

  it('reports a scene field written twice', () => {
    expect(errors(parse('parse-scene-field-twice'))).toEqual(['35: ending "end" has "Title:" twice']);
  });

  it('reads a choice field written twice as an error', () => {
    expect(errors(parse('parse-field-twice'))).toEqual(['28: choice "wait" has "Why:" twice']);
  });

  it('reports an effect that is not "name +n"', () => {
    const r = parse('parse-bad-effect');
    expect(errors(r)).toEqual(['23: effect "safety 5" should look like "name +5" or "name -1"']);
    expect(scene(r, 'ask').choices[0]!.effects).toEqual([]);
  });

  // Bug: parse.ts reports "Next: must come before the choices of a scene" only when no choice is
  // open, which never happens once a scene has choices; an open feedback field swallows the line.
  it('reports a Next: written after the choices of a scene', () => {
    const r = parse('parse-next-after-choices');
    expect(errors(r)).toEqual(['28: Next: must come before the choices of a scene']);
    expect(scene(r, 'ask').choices[0]!.costs?.markdown).toBe('A question stays unasked.');
  });
});
