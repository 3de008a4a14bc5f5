/**
 * Curriculum standards (src/script/standards*.ts), applied by compileScript with
 * `{ curriculum: true }` and the people registry and phrase list the content loader passes. Short
 * modules are small fixtures (tests/fixtures/standards-*.md, each standards-minimum.md
 * with one thing changed); full sessions are generated here from a shape (phases, decisions,
 * minutes, endings, conditional lines) so that each test changes exactly one figure of a session
 * that otherwise meets every standard.
 */
import { describe, expect, it } from 'vitest';
import type { CompileResult } from '../../../src/script/compile';
import { PHASES, type PhaseId } from '../../../src/script/types';
import { fixture, messages } from '../compile-fixture';
import { compileWith, curriculumFixture, people, style } from './registry-fixture';

function curriculum(source: string, file = 'fixture.md'): CompileResult {
  return compileWith(source, file, { curriculum: true, people, style });
}

/** The errors of a curriculum compile of `tests/fixtures/<name>.md`, as `<name>.md:line: message`. */
function standardsErrors(name: string): string[] {
  return messages(curriculumFixture(name)).map((m) => `${name}.md:${m}`);
}

/** What a generated full session looks like. */
interface Shape {
  track: 'member' | 'leader';
  /** Decision scenes and minutes per phase (minutes sit on the phase's first scene); `close` holds the endings. */
  phases: Partial<Record<PhaseId, { decisions: number; minutes: number }>>;
  /** Number of endings, all in the close phase; the last decision leads to them. */
  endings: number;
  /** Lines gated by a climate condition (each counts as a state-dependent branch). */
  conditionalLines: number;
}

/** A session that meets every full-session standard: 6 decisions, 3 endings, 2 conditions, 45 minutes. */
const GOOD: Shape = {
  track: 'member',
  phases: {
    opening: { decisions: 1, minutes: 3 },
    presentation: { decisions: 1, minutes: 7 },
    questions: { decisions: 1, minutes: 7 },
    discussion: { decisions: 2, minutes: 16 },
    return: { decisions: 1, minutes: 7 },
    close: { decisions: 0, minutes: 5 },
  },
  endings: 3,
  conditionalLines: 2,
};

/** GOOD with some phases changed (null drops a phase). */
function shape(changes: Partial<Omit<Shape, 'phases'>> & { phases?: Partial<Record<PhaseId, { decisions: number; minutes: number } | null>> } = {}): Shape {
  const phases = { ...GOOD.phases };
  for (const [p, v] of Object.entries(changes.phases ?? {})) {
    if (v === null) delete phases[p as PhaseId];
    else phases[p as PhaseId] = v;
  }
  return { ...GOOD, ...changes, phases };
}

/** Markdown for a full session of the given shape. */
function fullSession(s: Shape): string {
  const out = [
    '---',
    `id: fixture-${s.track}-session`,
    'title: Full-session fixture',
    'summary: A generated full session.',
    `track: ${s.track}`,
    `seat: ${s.track === 'leader' ? 'leader' : 'member'}`,
    'minutes: 20',
    'setting: family medicine',
    'patient: Mrs Kaur, 60',
    'competencies: [protect-presenter]',
    'cast:',
    '  - { id: nadia-roth, role: leader }',
    '  - { id: ifan-price, role: co-leader }',
    '  - { id: owen-hale, role: presenter }',
    'climate:',
    '  - { id: safety, label: Presenter safety, start: 50 }',
    '---',
    '',
  ];
  const scenes: { id: string; phase: PhaseId; decision: boolean; minutes: number }[] = [];
  for (const p of PHASES) {
    const ph = s.phases[p];
    if (p === 'close' || !ph) continue;
    for (let i = 0; i < Math.max(1, ph.decisions); i++)
      scenes.push({ id: `${p}-${i + 1}`, phase: p, decision: i < ph.decisions, minutes: i === 0 ? ph.minutes : 0 });
  }
  const endings = Array.from({ length: s.endings }, (_, i) => `end-${i + 1}`);
  let phase = '';
  scenes.forEach((sc, i) => {
    if (sc.phase !== phase) out.push(`## Phase: ${sc.phase}`, '');
    phase = sc.phase;
    out.push(`### Scene: ${sc.id}`, `Minutes: ${sc.minutes}`, '');
    if (i === 0) for (let k = 0; k < s.conditionalLines; k++) out.push(`[if safety < ${50 - k}] **Owen (thinks):** They will judge me.`, '');
    out.push(`**Owen:** This is ${sc.id}.`, '');
    const next = scenes[i + 1]?.id;
    if (!sc.decision) {
      if (!next) throw new Error('the last scene before the close must be a decision');
      out.push(`Next: [On](#${next})`, '');
      return;
    }
    const targets = next ? [next, next] : Array.from({ length: Math.max(2, endings.length) }, (_, j) => endings[j % endings.length]!);
    targets.forEach((t, j) =>
      out.push(
        `#### Choice ${sc.id}-${j + 1}: Option ${j + 1}.`,
        `Goes to: [On](#${t})`,
        'Evidence: protect-presenter +1',
        'What happened: Something happens.',
        'Why: Because of the method.',
        'Gives: Something.',
        'Costs: Something else.',
        '',
      ),
    );
  });
  out.push('## Phase: close', '');
  const kinds = ['left-with-a-question', 'partial-return', 'settled-on-advice'];
  endings.forEach((e, j) =>
    out.push(`### Ending: ${e}`, `Minutes: ${s.phases.close?.minutes ?? 1}`, `Title: Ending ${j + 1}`, `Kind: ${kinds[j % 3]}`, '', '**Owen:** Thank you.', '', `Debrief: Ending ${j + 1}.`, ''),
  );
  return out.join('\n');
}

describe('curriculum standards: short modules', () => {
  it('accepts a foundations module with 3 decisions, 2 endings, two leaders from the registry and a patient', () => {
    const r = curriculumFixture('standards-minimum');
    expect(r.report.diagnostics).toEqual([]);
    expect(r.report).toMatchObject({ decisions: 3, endings: 2, length: 'short' });
    expect(r.script?.length).toBe('short');
  });

  it('fails a short module with fewer than 3 decisions', () => {
    expect(standardsErrors('standards-foundations-two-decisions')).toEqual(['standards-foundations-two-decisions.md:1: a short module needs at least 3 decision points (has 2)']);
  });

  it('fails a short module with fewer than 2 endings', () => {
    expect(standardsErrors('standards-foundations-one-ending')).toEqual(['standards-foundations-one-ending.md:1: a short module needs at least 2 endings (has 1)']);
  });

  it('holds a script to the format only without the curriculum option', () => {
    const r = compileWith(fixture('standards-foundations-two-decisions'), 'f.md', { people });
    expect(messages(r)).toEqual([]);
    expect(r.script).toBeDefined();
  });
});

describe('curriculum standards: full sessions', () => {
  it('accepts a member session with six phases, 6 decisions, 3 endings, 2 conditions and 45 minutes', () => {
    const r = curriculum(fullSession(GOOD));
    expect(messages(r)).toEqual([]);
    expect(r.script).toBeDefined();
    expect(r.report).toMatchObject({ decisions: 6, endings: 3, conditionalBranches: 2, clockMinutes: { min: 45, max: 45 }, phases: [...PHASES] });
  });

  it('fails a session missing a phase', () => {
    const r = curriculum(fullSession(shape({ phases: { presentation: null, discussion: { decisions: 3, minutes: 16 } } })));
    expect(messages(r)).toEqual(['1: a full session needs all six phases; missing presentation']);
  });

  it('fails a session with fewer than 6 decisions', () => {
    const r = curriculum(fullSession(shape({ phases: { discussion: { decisions: 1, minutes: 16 } } })));
    expect(messages(r)).toEqual(['1: a full session needs at least 6 decision points (has 5)']);
  });

  it('fails a session with fewer than 3 endings', () => {
    expect(messages(curriculum(fullSession(shape({ endings: 2 }))))).toEqual(['1: a full session needs at least 3 endings (has 2)']);
  });

  it('fails a session with fewer than 2 branches on accumulated state', () => {
    expect(messages(curriculum(fullSession(shape({ conditionalLines: 1 }))))).toEqual([
      '1: a full session needs at least 2 branches that depend on accumulated state (has 1)',
    ]);
  });

  it('fails a session whose clock runs over 52 minutes', () => {
    expect(messages(curriculum(fullSession(shape({ phases: { discussion: { decisions: 2, minutes: 25 } } }))))).toEqual([
      '1: every path should spend about 45 minutes of group time (38–52); paths run 54–54',
    ]);
  });

  it('fails a session whose clock runs under 38 minutes', () => {
    expect(messages(curriculum(fullSession(shape({ phases: { discussion: { decisions: 2, minutes: 8 } } }))))).toEqual([
      '1: every path should spend about 45 minutes of group time (38–52); paths run 37–37',
    ]);
  });

  it('fails a session whose discussion is not the longest phase', () => {
    const r = curriculum(fullSession(shape({ phases: { presentation: { decisions: 1, minutes: 12 }, discussion: { decisions: 2, minutes: 11 } } })));
    expect(messages(r)).toEqual(['1: the discussion should be the longest phase on every path, but it can be as short as 11 min while presentation can take 12']);
  });

  it('holds a leader session to the same standards', () => {
    expect(messages(curriculum(fullSession(shape({ track: 'leader' }))))).toEqual([]);
    expect(messages(curriculum(fullSession(shape({ track: 'leader', endings: 2 }))))).toEqual(['1: a full session needs at least 3 endings (has 2)']);
  });
});

describe('curriculum standards: several defensible moves, no early verdict', () => {
  it('fails a member decision with only one move whose evidence is not net negative', () => {
    expect(standardsErrors('standards-one-defensible-move')).toEqual([
      'standards-one-defensible-move.md:47: decision "d2" offers only one move whose evidence is not net negative ("d2-2"); every decision needs at least two defensible moves',
    ]);
  });

  it('does not ask foundations modules for two defensible moves at every decision', () => {
    const text = fixture('standards-one-defensible-move').replace('track: member\nlength: short\n', 'track: foundations\n');
    expect(messages(curriculum(text))).toEqual([]);
  });

  it('fails a choice before the return after which only one ending can be reached, at its heading', () => {
    expect(standardsErrors('standards-early-choice-decides-ending')).toEqual([
      'standards-early-choice-decides-ending.md:61: choice "d2-2" in scene "d2" decides the ending: on some path only ending "end-2" can follow it; before the return every option must leave at least two endings reachable',
    ]);
  });

  it('lets choices in the return decide the ending', () => {
    const r = curriculumFixture('standards-minimum');
    expect(r.report.diagnostics).toEqual([]);
    expect(r.script!.scenes.find((s) => s.id === 'd3')!.choices.map((c) => c.routes.map((x) => x.target))).toEqual([['end-1'], ['end-2']]);
  });

  it('fails a full session whose paths offer more than 9 decisions', () => {
    const r = curriculumFixture('standards-decisions-per-path');
    expect(messages(r)).toEqual(['1: every path should offer between 5 and 9 decisions; paths offer 10–10']);
    expect(r.report.decisionsPerPath).toEqual({ min: 10, max: 10 });
  });

  it('accepts a full session whose paths offer between 5 and 9 decisions', () => {
    const r = curriculum(fullSession(shape({ phases: { discussion: { decisions: 5, minutes: 16 } } })));
    expect(messages(r)).toEqual([]);
    expect(r.report.decisionsPerPath).toEqual({ min: 9, max: 9 });
  });

  it('holds a short module to no number of decisions per path', () => {
    const text = fixture('standards-decisions-per-path').replace('track: member\n', 'track: member\nlength: short\n');
    expect(messages(curriculum(text))).toEqual([]);
  });
});

describe('curriculum standards: phrases (content/style.yaml)', () => {
  it('fails a phrase that grades the learner, with the match and the reason at its line', () => {
    expect(standardsErrors('standards-gold-star-phrase')).toEqual([
      'standards-gold-star-phrase.md:32: "Exactly right" — praise as grading, in feedback or in a leader\'s mouth',
    ]);
  });

  it('skips an allowQuoted phrase inside quotation marks and a phrase outside its contexts, and finds one wrapped over two lines', () => {
    expect(standardsErrors('standards-quoted-phrase')).toEqual([
      'standards-quoted-phrase.md:109: "the right answer" — the method asks the group to let go of the right answer; say it only to describe that wish (use "right answer" in quotes if you must name the wish)',
    ]);
  });

  it('fails an inner voice that confirms the group\'s reading', () => {
    expect(standardsErrors('standards-inner-voice-confirms')).toEqual([
      'standards-inner-voice-confirms.md:75: "That\'s it" — an inner voice that confirms or denies the group\'s reading of the patient',
    ]);
  });

  it('checks no phrases outside the curriculum', () => {
    expect(messages(compileWith(fixture('standards-gold-star-phrase'), 'f.md', { people, style }))).toEqual([]);
  });
});

describe('curriculum standards: people and leaders', () => {
  it('fails a cast member who is not in the people registry', () => {
    expect(standardsErrors('standards-unknown-person')).toEqual([
      'standards-unknown-person.md:16: cast member "zoe-frank" is not in the people registry (content/people/)',
    ]);
  });

  it('fails people given inline, naming the registry person who already has the name', () => {
    expect(standardsErrors('standards-inline-person')).toEqual([
      'standards-inline-person.md:16: cast member "bea" is named "Bea", who is "bea-lind" in the people registry (tests/fixtures/people/thursday-group.yaml:7); a name is never two people, so use { id: bea-lind, role: … }',
      'standards-inline-person.md:17: cast member "tomas" gives a name, persona or profession inline; curriculum modules take their people from the registry (content/people/): { id, role, note }',
    ]);
  });

  it('fails a foundations module with one leader', () => {
    expect(standardsErrors('standards-one-leader')).toEqual([
      'standards-one-leader.md:12: a foundations module needs a leader and a co-leader (no co-leader in the cast); or give "singleLeader:" with the reason this group has one',
    ]);
  });

  it('accepts one leader when singleLeader gives the reason', () => {
    expect(standardsErrors('standards-single-leader')).toEqual([]);
  });

  it('counts the learner\'s seat as one of the two leaders', () => {
    expect(standardsErrors('standards-long-leader-choice').filter((m) => m.includes('co-leader'))).toEqual([]);
  });

  it('fails a leader line over 45 words at its line', () => {
    expect(standardsErrors('standards-long-leader-line')).toEqual([
      'standards-long-leader-line.md:48: a leader line of 57 words (at most 45); shorten it, or mark the scene "Long intervention: yes" if the length is deliberate',
    ]);
    expect(curriculumFixture('standards-long-leader-line').report.longestLeaderLine).toEqual({ words: 57, line: 48 });
  });

  it('accepts a long leader line in a scene marked Long intervention: yes', () => {
    expect(standardsErrors('standards-long-intervention')).toEqual([]);
  });

  it('counts what the learner says in a choice when the learner leads', () => {
    expect(standardsErrors('standards-long-leader-choice')).toEqual([
      'standards-long-leader-choice.md:51: a leader line of 57 words (at most 45); shorten it, or mark the scene "Long intervention: yes" if the length is deliberate',
    ]);
  });

  it('fails a module without a patient', () => {
    expect(standardsErrors('standards-missing-patient')).toEqual([
      'standards-missing-patient.md:1: a curriculum module needs "patient:", the patient as the group knows them ("Mr Harcourt, 71")',
    ]);
  });
});

describe('curriculum standards: retired fields', () => {
  it('fails Instead: in the curriculum, at its line', () => {
    expect(standardsErrors('standards-retired-instead')).toEqual([
      'standards-retired-instead.md:32: Instead: is the retired feedback field; write Gives: and Costs: (content/README.md)',
    ]);
  });

  it('fails Outcome: in the curriculum, at its line', () => {
    expect(standardsErrors('standards-retired-outcome')).toEqual([
      'standards-retired-outcome.md:96: Outcome: is the retired ranking of endings; write Kind: (content/README.md)',
    ]);
  });
});
