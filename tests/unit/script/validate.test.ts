/**
 * One test per diagnostic of the validator (src/script/validate.ts) and of the compile-time
 * explorer checks (src/script/compile.ts). Every fixture is tests/fixtures/validate-minimal.md with
 * exactly one thing changed; each test asserts the complete list of errors as `file:line: message`.
 */
import { describe, expect, it } from 'vitest';
import { compileText, fixture, messages } from '../compile-fixture';
import { allDiagnostics, compileWith, people } from './registry-fixture';

/** Compile a fixture and return its errors as `<fixture>.md:line: message`. */
function errorsOf(name: string): string[] {
  const file = `tests/fixtures/${name}.md`;
  const result = compileText(fixture(name), file);
  for (const d of result.report.diagnostics) expect(d.file).toBe(file);
  if (messages(result).length) expect(result.script, 'a script with errors must not be returned').toBeUndefined();
  return messages(result).map((m) => `${name}.md:${m}`);
}

describe('validator', () => {
  it('compiles the minimal fixture every other fixture varies', () => {
    expect(errorsOf('validate-minimal')).toEqual([]);
    expect(compileText(fixture('validate-minimal')).script?.scenes.map((s) => s.id)).toEqual(['ask', 'end']);
  });

  describe('Front matter', () => {
    it('reports an unknown front matter field at its line', () => {
      expect(errorsOf('validate-unknown-field')).toEqual([
        'validate-unknown-field.md:8: unknown front matter field "colour"',
      ]);
    });

    it('reports a missing required field at the opening ---', () => {
      expect(errorsOf('validate-missing-field')).toEqual([
        'validate-missing-field.md:1: front matter is missing "setting"',
      ]);
    });

    it('reports an empty text field', () => {
      expect(errorsOf('validate-empty-text')).toEqual([
        'validate-empty-text.md:3: "title" must be non-empty text',
      ]);
    });

    it('reports a module id that is not lower-case letters, digits and hyphens', () => {
      expect(errorsOf('validate-bad-id')).toEqual([
        'validate-bad-id.md:2: "id" must use lower-case letters, digits and hyphens, found "Fixture_Minimal"',
      ]);
    });

    it('reports an unknown track', () => {
      expect(errorsOf('validate-bad-track')).toEqual([
        'validate-bad-track.md:5: "track" must be one of foundations, member, leader, found "advanced"',
      ]);
    });

    it('reports an unknown seat', () => {
      expect(errorsOf('validate-bad-seat')).toEqual([
        'validate-bad-seat.md:6: "seat" must be one of member, presenter, leader, co-leader, found "observer"',
      ]);
    });

    it('reports minutes that are not a number', () => {
      expect(errorsOf('validate-bad-minutes')).toEqual([
        'validate-bad-minutes.md:7: "minutes" must be a number from 0 to 600',
      ]);
    });

    it('reports a list field written as plain text', () => {
      expect(errorsOf('validate-list-not-a-list')).toEqual([
        'validate-list-not-a-list.md:10: "rules" must be a list of text, like [a, b]',
      ]);
    });

    it('reports a competency that is not in the vocabulary', () => {
      expect(errorsOf('validate-unknown-competency')).toEqual([
        'validate-unknown-competency.md:9: unknown competency "mind-reading" (see content/vocabulary.yaml)',
      ]);
    });

    it('reports a ground rule that is not in the vocabulary', () => {
      expect(errorsOf('validate-unknown-rule')).toEqual([
        'validate-unknown-rule.md:10: unknown ground rule "punctuality" (see content/vocabulary.yaml)',
      ]);
    });

    it('reports a leadership challenge that is not in the vocabulary', () => {
      expect(errorsOf('validate-unknown-challenge')).toEqual([
        'validate-unknown-challenge.md:10: unknown leadership challenge "late-arrivals" (see content/vocabulary.yaml)',
      ]);
    });

    it('reports a length that is neither full nor short', () => {
      expect(errorsOf('validate-bad-length')).toEqual([
        'validate-bad-length.md:6: "length" must be one of full, short, found "medium"',
      ]);
    });

    it('reports a related module id that is not a valid id', () => {
      expect(errorsOf('validate-bad-related')).toEqual([
        'validate-bad-related.md:10: related module id "Not_An_Id" is not a valid id',
      ]);
    });
  });

  describe('Cast', () => {
    it('reports an empty cast', () => {
      expect(errorsOf('validate-cast-empty')).toEqual([
        'validate-cast-empty.md:10: "cast" must be a list of people',
      ]);
    });

    it('reports a cast entry that is not a map of fields', () => {
      expect(errorsOf('validate-cast-member-not-a-map')).toEqual([
        'validate-cast-member-not-a-map.md:12: each cast member needs an id and a role, like { id: agnes-oduya, role: leader }',
      ]);
    });

    it('takes the name, profession and persona of a cast entry from the people registry', () => {
      const r = compileWith(fixture('validate-cast-from-registry'), 'validate-cast-from-registry.md', { people });
      expect(allDiagnostics(r)).toEqual([]);
      expect(r.script!.cast).toEqual([
        { id: 'owen-hale', name: 'Owen', role: 'presenter', persona: 'Conscientious, tired.', profession: 'GP registrar', note: 'Has seen this patient for three years.', line: 11 },
      ]);
      expect(r.script!.scenes[0]!.lines[0]!.speaker).toBe('owen-hale');
    });

    it('reports a cast entry without name and persona when no registry is given (a case file)', () => {
      expect(errorsOf('validate-cast-from-registry')).toEqual([
        'validate-cast-from-registry.md:11: cast member "owen-hale" needs a "name" and a one-line "persona"',
        'validate-cast-from-registry.md:20: unknown cast member "Owen"',
        'validate-cast-from-registry.md:35: unknown cast member "Owen"',
      ]);
    });

    it('reports a cast entry whose id is not in the people registry', () => {
      const r = compileWith(fixture('validate-cast-unknown-person'), 'f.md', { people });
      expect(messages(r)).toEqual([
        '11: cast member "ana-weber" is not in the people registry (content/people/)',
        '20: unknown cast member "Ana"',
        '35: unknown cast member "Ana"',
      ]);
    });

    it('reports a cast note that is not text', () => {
      expect(errorsOf('validate-cast-bad-note')).toEqual(['validate-cast-bad-note.md:11: a cast "note" must be non-empty text']);
    });

    it('reports an unknown cast field at the member\'s line', () => {
      expect(errorsOf('validate-cast-unknown-field')).toEqual([
        'validate-cast-unknown-field.md:11: unknown cast field "age"',
      ]);
    });

    it('reports a cast id that is not a valid id', () => {
      expect(errorsOf('validate-cast-bad-id')).toEqual([
        'validate-cast-bad-id.md:11: cast member needs an "id" of lower-case letters, digits and hyphens',
      ]);
    });

    it('reports a duplicate cast id at the second member', () => {
      expect(errorsOf('validate-duplicate-cast-id')).toEqual([
        'validate-duplicate-cast-id.md:12: duplicate cast id "ana"',
      ]);
    });

    it('reports a duplicate cast name at the second member', () => {
      expect(errorsOf('validate-duplicate-cast-name')).toEqual([
        'validate-duplicate-cast-name.md:12: duplicate cast name "Ana"',
      ]);
    });

    it('reserves the name You for the learner', () => {
      expect(errorsOf('validate-cast-named-you')).toEqual([
        'validate-cast-named-you.md:12: duplicate cast name "You"',
      ]);
    });

    it('reports a cast member without a name', () => {
      expect(errorsOf('validate-cast-no-name')).toEqual([
        'validate-cast-no-name.md:12: cast member needs a "name"',
      ]);
    });

    it('reports a cast role that is not a chair in the circle', () => {
      expect(errorsOf('validate-cast-bad-role')).toEqual([
        'validate-cast-bad-role.md:12: cast role must be one of presenter, member, leader, co-leader',
      ]);
    });

    it('reports a cast member without a persona', () => {
      expect(errorsOf('validate-cast-no-persona')).toEqual([
        'validate-cast-no-persona.md:12: cast member needs a one-line "persona"',
      ]);
    });

    it('reports a line spoken by someone not in the cast', () => {
      expect(errorsOf('validate-unknown-speaker')).toEqual([
        'validate-unknown-speaker.md:20: unknown cast member "Zoe"',
      ]);
    });

    it('reports a speaker with nothing to say', () => {
      expect(errorsOf('validate-empty-speech')).toEqual([
        'validate-empty-speech.md:20: empty line of dialogue',
      ]);
    });
  });

  describe('Climate', () => {
    it('reports an empty climate', () => {
      expect(errorsOf('validate-climate-empty')).toEqual([
        'validate-climate-empty.md:12: "climate" must be a list of variables',
      ]);
    });

    it('reports a climate entry that is not id, label and start', () => {
      expect(errorsOf('validate-climate-not-a-map')).toEqual([
        'validate-climate-not-a-map.md:14: each climate variable needs id, label and start',
      ]);
    });

    it('reports an unknown climate field', () => {
      expect(errorsOf('validate-climate-unknown-field')).toEqual([
        'validate-climate-unknown-field.md:13: unknown climate field "max"',
      ]);
    });

    it('reports a climate id that is not a valid id', () => {
      expect(errorsOf('validate-climate-bad-id')).toEqual([
        'validate-climate-bad-id.md:13: climate variable needs an "id"',
      ]);
    });

    it('reports a duplicate climate variable', () => {
      expect(errorsOf('validate-duplicate-climate')).toEqual([
        'validate-duplicate-climate.md:14: duplicate climate variable "safety"',
      ]);
    });

    it('reports a climate variable without a label', () => {
      expect(errorsOf('validate-climate-no-label')).toEqual([
        'validate-climate-no-label.md:14: climate variable needs a "label"',
      ]);
    });

    it('reports a climate start outside 0–100', () => {
      expect(errorsOf('validate-climate-bad-start')).toEqual([
        'validate-climate-bad-start.md:13: climate "start" must be a number from 0 to 100',
      ]);
    });

    it('reports an effect on an unknown climate variable at the Effects: line', () => {
      expect(errorsOf('validate-effect-unknown-variable')).toEqual([
        'validate-effect-unknown-variable.md:24: effect on unknown climate variable "warmth"',
      ]);
    });

    it('reports a condition on an unknown climate variable', () => {
      expect(errorsOf('validate-condition-unknown-variable')).toEqual([
        'validate-condition-unknown-variable.md:20: condition uses unknown climate variable "warmth"',
      ]);
    });

    it('reports a condition on an unknown choice', () => {
      expect(errorsOf('validate-condition-unknown-choice')).toEqual([
        'validate-condition-unknown-choice.md:20: condition uses unknown choice "advise"',
      ]);
    });

    it('reports a condition on an unknown scene', () => {
      expect(errorsOf('validate-condition-unknown-scene')).toEqual([
        'validate-condition-unknown-scene.md:20: condition uses unknown scene "silence"',
      ]);
    });
  });

  describe('Phases', () => {
    it('reports an unknown phase', () => {
      expect(errorsOf('validate-unknown-phase')).toEqual([
        'validate-unknown-phase.md:16: unknown phase "warmup" (phases are opening, presentation, questions, discussion, return, close)',
      ]);
    });

    it('reports a phase out of order', () => {
      expect(errorsOf('validate-phase-out-of-order')).toEqual([
        'validate-phase-out-of-order.md:39: phase "opening" is out of order: it must come before "close"',
      ]);
    });

    it('reports a phase that appears twice', () => {
      expect(errorsOf('validate-phase-repeated')).toEqual([
        'validate-phase-repeated.md:39: phase "close" appears twice',
      ]);
    });

    it('reports a scene that is not inside a phase', () => {
      expect(errorsOf('validate-scene-outside-phase')).toEqual([
        'validate-scene-outside-phase.md:16: scene "ask" is not inside a "## Phase:" section',
      ]);
    });

    it('reports a way on that goes back to an earlier phase', () => {
      expect(errorsOf('validate-back-to-earlier-phase')).toEqual([
        'validate-back-to-earlier-phase.md:35: phases only move forward: "talk" (discussion) cannot go back to "ask" (questions)',
      ]);
    });
  });

  describe('Scenes and ids', () => {
    it('reports a duplicate scene id with the first one\'s line', () => {
      expect(errorsOf('validate-duplicate-scene-id')).toEqual([
        'validate-duplicate-scene-id.md:39: duplicate scene id "end" (first at line 31)',
      ]);
    });

    it('reports a duplicate choice id with the first one\'s line', () => {
      expect(errorsOf('validate-duplicate-choice-id')).toEqual([
        'validate-duplicate-choice-id.md:29: duplicate choice id "wait" (first at line 22)',
      ]);
    });

    it('reports a scene id that is not a valid id', () => {
      expect(errorsOf('validate-bad-scene-id')).toEqual([
        'validate-bad-scene-id.md:18: scene id "Ask" must use lower-case letters, digits and hyphens',
      ]);
    });

    it('reports a choice id that is not a valid id', () => {
      expect(errorsOf('validate-bad-choice-id')).toEqual([
        'validate-bad-choice-id.md:22: choice id "Wait" must use lower-case letters, digits and hyphens',
      ]);
    });

    it('reports a script without scenes', () => {
      expect(errorsOf('validate-no-scenes')).toEqual([
        'validate-no-scenes.md:1: the script has no scenes',
      ]);
    });

    it('reports a scene without lines or choices', () => {
      expect(errorsOf('validate-scene-without-lines')).toEqual([
        'validate-scene-without-lines.md:18: scene "ask" has no lines',
      ]);
    });

    it('reports Title: on a scene that is not an ending', () => {
      expect(errorsOf('validate-scene-with-title')).toEqual([
        'validate-scene-with-title.md:18: scene "ask" has Title:, Kind:, Outcome: or Debrief:, which only endings may have',
      ]);
    });

    it('reports Kind: on a scene that is not an ending', () => {
      expect(errorsOf('validate-scene-with-kind')).toEqual([
        'validate-scene-with-kind.md:18: scene "ask" has Title:, Kind:, Outcome: or Debrief:, which only endings may have',
      ]);
    });
  });

  describe('Ways on', () => {
    it('reports a Next: to an unknown scene', () => {
      expect(errorsOf('validate-dangling-next')).toEqual([
        'validate-dangling-next.md:22: scene "ask" goes to unknown scene "nowhere"',
        'validate-dangling-next.md:26: no path reaches ending "end"',
      ]);
    });

    it('reports a Goes to: to an unknown scene', () => {
      expect(errorsOf('validate-dangling-goes-to')).toEqual([
        'validate-dangling-goes-to.md:23: choice "wait" goes to unknown scene "the-end"',
        'validate-dangling-goes-to.md:31: no path reaches ending "end"',
      ]);
    });

    it('reports a scene with no way on that is not an ending', () => {
      expect(errorsOf('validate-no-way-on')).toEqual([
        'validate-no-way-on.md:36: scene "stuck" has no way on (no choices, no Next:) and is not an ending',
      ]);
    });

    it('reports a scene with both choices and Next:', () => {
      expect(errorsOf('validate-choices-and-next')).toEqual([
        'validate-choices-and-next.md:18: scene "ask" has both choices and Next:; use one or the other',
      ]);
    });

    it('reports a scene whose every choice is conditional', () => {
      expect(errorsOf('validate-all-choices-conditional')).toEqual([
        'validate-all-choices-conditional.md:18: every choice in scene "ask" is conditional; at least one must always be offered',
      ]);
    });

    it('reports a conditional Next without a plain fallback', () => {
      expect(errorsOf('validate-conditional-next-without-fallback')).toEqual([
        'validate-conditional-next-without-fallback.md:22: scene "ask" needs a last way on without a condition, so it can never get stuck',
      ]);
    });

    it('reports a conditional Goes to without a plain fallback', () => {
      expect(errorsOf('validate-conditional-goes-to-without-fallback')).toEqual([
        'validate-conditional-goes-to-without-fallback.md:23: choice "wait" needs a last way on without a condition, so it can never get stuck',
      ]);
    });
  });

  describe('Endings', () => {
    it('reports an ending with choices', () => {
      expect(errorsOf('validate-ending-with-choices')).toEqual([
        'validate-ending-with-choices.md:31: ending "end" cannot have choices or a Next: way on',
      ]);
    });

    it('reports an ending without Title:', () => {
      expect(errorsOf('validate-ending-without-title')).toEqual([
        'validate-ending-without-title.md:31: ending "end" needs a Title:',
      ]);
    });

    it('reports an ending without Kind:', () => {
      expect(errorsOf('validate-ending-without-kind')).toEqual([
        'validate-ending-without-kind.md:31: ending "end" needs a Kind: (one of endingKinds in content/vocabulary.yaml)',
      ]);
    });

    it('reports a Kind: that is not an ending kind of the vocabulary at its line', () => {
      expect(errorsOf('validate-ending-bad-kind')).toEqual([
        'validate-ending-bad-kind.md:33: Kind: "great" is not an ending kind (see endingKinds in content/vocabulary.yaml)',
      ]);
    });

    it('reports a legacy Outcome: that is not strong, mixed or difficult at its line', () => {
      expect(errorsOf('validate-ending-bad-outcome')).toEqual([
        'validate-ending-bad-outcome.md:33: Outcome: must be one of strong, mixed, difficult',
      ]);
    });

    it('reports an [if …] debrief paragraph on an unknown choice at its line', () => {
      expect(errorsOf('validate-debrief-unknown-choice')).toEqual([
        'validate-debrief-unknown-choice.md:39: condition uses unknown choice "advise"',
      ]);
    });

    it('reports a debrief whose every paragraph is conditional', () => {
      expect(errorsOf('validate-debrief-all-conditional')).toEqual([
        'validate-debrief-all-conditional.md:37: ending "end" needs a Debrief: paragraph without [if …], shown on every path',
      ]);
    });

    it('reports an ending without Debrief:', () => {
      expect(errorsOf('validate-ending-without-debrief')).toEqual([
        'validate-ending-without-debrief.md:31: ending "end" needs a Debrief:',
      ]);
    });
  });

  describe('Choices', () => {
    it('reports a choice with no text', () => {
      expect(errorsOf('validate-choice-without-text')).toEqual([
        'validate-choice-without-text.md:22: choice "wait" has no text',
      ]);
    });

    it('reports a choice without Goes to:', () => {
      expect(errorsOf('validate-choice-without-goes-to')).toEqual([
        'validate-choice-without-goes-to.md:22: choice "wait" needs a "Goes to:" line',
        'validate-choice-without-goes-to.md:30: no path reaches ending "end"',
      ]);
    });

    it('reports a choice without Evidence:', () => {
      expect(errorsOf('validate-choice-without-evidence')).toEqual([
        'validate-choice-without-evidence.md:22: choice "wait" needs an "Evidence:" line',
      ]);
    });

    it('reports evidence for a competency that is not in the vocabulary', () => {
      expect(errorsOf('validate-evidence-unknown-competency')).toEqual([
        'validate-evidence-unknown-competency.md:24: unknown competency "mind-reading" (see content/vocabulary.yaml)',
      ]);
    });

    it('reports evidence for a competency the script does not list', () => {
      expect(errorsOf('validate-evidence-not-listed')).toEqual([
        'validate-evidence-not-listed.md:24: evidence for "tolerate-silence", which is not listed in this script\'s competencies',
      ]);
    });

    it('reports a choice without What happened:', () => {
      expect(errorsOf('validate-choice-without-what-happened')).toEqual([
        'validate-choice-without-what-happened.md:22: choice "wait" has no feedback What happened:',
      ]);
    });

    it('reports a choice without Why:', () => {
      expect(errorsOf('validate-choice-without-why')).toEqual([
        'validate-choice-without-why.md:22: choice "wait" has no feedback Why:',
      ]);
    });

    it('reports a choice without Costs:', () => {
      expect(errorsOf('validate-choice-without-costs')).toEqual([
        'validate-choice-without-costs.md:22: choice "wait" has no feedback Costs:',
      ]);
    });

    it('reports a choice with both the retired Instead: and Also possible:', () => {
      expect(errorsOf('validate-instead-and-also')).toEqual([
        'validate-instead-and-also.md:28: choice "wait" has Instead: and Also possible:; Instead: is the retired name of Also possible:, keep only that',
      ]);
    });
  });

  describe('Reachability (static)', () => {
    it('reports a scene that nothing leads to', () => {
      expect(errorsOf('validate-unreachable-scene')).toEqual([
        'validate-unreachable-scene.md:29: scene "aside" is unreachable: no choice or Next: leads to it',
      ]);
    });

    it('reports an ending that nothing leads to', () => {
      expect(errorsOf('validate-unreachable-ending')).toEqual([
        'validate-unreachable-ending.md:39: no path reaches ending "other"',
      ]);
    });
  });

  describe('Reachability (explorer)', () => {
    it('reports an ending whose conditions never hold', () => {
      expect(errorsOf('validate-ending-never-reached')).toEqual([
        'validate-ending-never-reached.md:40: no path reaches ending "rare" (its conditions never hold together)',
      ]);
    });

    it('reports a scene whose conditions never hold', () => {
      expect(errorsOf('validate-scene-never-reached')).toEqual([
        'validate-scene-never-reached.md:30: scene "aside" is never reached on any path (its conditions never hold)',
      ]);
    });

    it('reports a choice that is never offered', () => {
      expect(errorsOf('validate-choice-never-offered')).toEqual([
        'validate-choice-never-offered.md:29: choice "push" is never offered on any path',
      ]);
    });

    it('reports a loop that can repeat forever as a dead end', () => {
      expect(errorsOf('validate-dead-end-loop')).toEqual([
        'validate-dead-end-loop.md:18: dead end in scene "ask": a loop can repeat forever without reaching an ending',
      ]);
    });
  });

  describe('Case files in the first format', () => {
    it('still compiles a case file with Instead: and Outcome:, with a warning at each', () => {
      const r = compileText(fixture('legacy-case-file'), 'legacy-case-file.md');
      expect(allDiagnostics(r)).toEqual([
        'warning 27: Instead: is the retired feedback field; write Gives: and Costs: (content/README.md)',
        'warning 33: Outcome: is the retired ranking of endings; write Kind: (content/README.md)',
      ]);
      const end = r.script!.scenes[1]!.ending!;
      expect(end).toEqual({ title: 'End', legacyOutcome: 'strong', debrief: [{ html: '<p>The group stayed with the case.</p>' }] });
      expect(r.script!.scenes[0]!.choices[0]!.feedback).toEqual({
        happened: '<p>Ana goes on.</p>',
        why: '<p>Silence lets the group work.</p>',
        gives: '',
        costs: '',
        also: '<p>This is the move.</p>',
      });
    });
  });
});
