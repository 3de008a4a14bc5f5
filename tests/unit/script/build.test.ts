/**
 * The compiled Script of format 2 (src/script/build.ts): what the runtime receives for the
 * judgement model's parts. Fixture: tests/fixtures/build-judgement-model.md.
 */
import { describe, expect, it } from 'vitest';
import { SCRIPT_FORMAT } from '../../../src/script/types';
import { compileText, fixture, validFixture } from '../compile-fixture';

const script = validFixture('build-judgement-model');

describe('compiled script, format 2', () => {
  it('carries the format, length, patient, props and singleLeader', () => {
    expect(SCRIPT_FORMAT).toBe(2);
    expect(script).toMatchObject({ format: 2, length: 'full', patient: 'Mrs Kaur, 60', props: ['a corridor clock', 'a text reminder'], singleLeader: 'Ifan is away this week.' });
  });

  it('defaults the length to short for foundations and full for the other tracks, and leaves patient and singleLeader out when absent', () => {
    const text = fixture('build-judgement-model').replace('length: full\n', '').replace(/^patient: .*\n|^props: .*\n|^singleLeader: .*\n/gm, '');
    const foundations = compileText(text).script!;
    expect(foundations.length).toBe('short');
    expect(foundations.props).toEqual([]);
    expect('patient' in foundations || 'singleLeader' in foundations).toBe(false);
    expect(compileText(text.replace('track: foundations', 'track: member')).script!.length).toBe('full');
  });

  it('keeps an inline profession and a note on the cast', () => {
    expect(script.cast.map((c) => [c.id, c.profession, c.note])).toEqual([
      ['nadia', 'GP', undefined],
      ['owen', undefined, 'Her GP for three years.'],
    ]);
  });

  it('marks a (thinks, debrief) inner voice debriefOnly', () => {
    expect(script.scenes[0]!.lines[0]).toMatchObject({ kind: 'inner', speaker: 'owen', debriefOnly: true, text: 'I will not mention the complaint.' });
  });

  it('renders gives, costs and also as sanitised HTML, also empty when absent', () => {
    const [wait, tip] = script.scenes[0]!.choices;
    expect(wait!.feedback).toEqual({
      happened: '<p>Owen went on.</p>',
      why: '<p>Listening is taking part.</p>',
      gives: '<p>Room for <em>Owen</em>.</p>',
      costs: '<p>Your question waits.</p>',
      also: '<p>Asking how long he has known her.</p>\n<p>Or waiting a little longer.</p>',
    });
    expect(tip!.feedback.also).toBe('');
  });

  it('gives an ending its kind and its debrief as parts, conditional ones with their condition', () => {
    expect(script.scenes[1]!.ending).toEqual({
      title: 'Owen leaves with a question',
      kind: 'left-with-a-question',
      debrief: [
        { html: '<p>The group stayed with Mrs Kaur.</p>' },
        { html: '<p>Your tip gave Owen something to do on Monday.</p>', when: { kind: 'chose', choice: 'tip' } },
        { html: '<p>You let the group find its way.</p>', when: { kind: 'not', operand: { kind: 'chose', choice: 'tip' } } },
      ],
    });
  });

  it('reports ending kinds, silent options, length and the longest leader line for content:check', () => {
    const { report } = compileText(fixture('build-judgement-model'));
    expect(report).toMatchObject({ endingKinds: { end: 'left-with-a-question' }, silentChoices: 1, length: 'full', longestLeaderLine: { words: 3, line: 53 }, decisionsPerPath: { min: 1, max: 1 } });
  });
});
