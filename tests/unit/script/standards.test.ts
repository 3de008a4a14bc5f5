/**
 * Curriculum standards (src/script/standards.ts), applied by compileScript with
 * `{ curriculum: true }`. Foundations cases are small fixtures; full sessions are generated here
 * from a shape (phases, decisions, minutes, endings, conditional lines) so that each test changes
 * exactly one figure of a session that otherwise meets every standard.
 */
import { describe, expect, it } from 'vitest';
import { compileScript, type CompileResult } from '../../../src/script/compile';
import { PHASES, type PhaseId } from '../../../src/script/types';
import { contentHash, nodeMarkdown } from '../../../src/tools/load-content';
import { compileText, fixture, messages, vocabulary } from '../compile-fixture';

function curriculum(source: string, file = 'fixture.md'): CompileResult {
  return compileScript(source, file, { vocabulary, markdown: nodeMarkdown(), hash: contentHash(source), curriculum: true });
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
    'competencies: [protect-presenter]',
    'cast:',
    '  - { id: ana, name: Ana, role: presenter, persona: "The presenter." }',
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
    if (i === 0) for (let k = 0; k < s.conditionalLines; k++) out.push(`[if safety < ${50 - k}] **Ana (thinks):** They will judge me.`, '');
    out.push(`**Ana:** This is ${sc.id}.`, '');
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
        'Instead: Something else.',
        '',
      ),
    );
  });
  out.push('## Phase: close', '');
  const outcomes = ['strong', 'mixed', 'difficult'];
  endings.forEach((e, j) =>
    out.push(`### Ending: ${e}`, `Minutes: ${s.phases.close?.minutes ?? 1}`, `Title: Ending ${j + 1}`, `Outcome: ${outcomes[j % 3]}`, '', '**Ana:** Thank you.', '', `Debrief: Ending ${j + 1}.`, ''),
  );
  return out.join('\n');
}

describe('curriculum standards: foundations', () => {
  it('accepts a foundations module with 3 decisions and 2 endings', () => {
    const r = curriculum(fixture('standards-foundations-minimum'));
    expect(messages(r)).toEqual([]);
    expect(r.report.decisions).toBe(3);
    expect(r.report.endings).toBe(2);
  });

  it('fails a foundations module with fewer than 3 decisions', () => {
    expect(messages(curriculum(fixture('standards-foundations-two-decisions')))).toEqual([
      '1: a foundations module needs at least 3 decision points (has 2)',
    ]);
  });

  it('fails a foundations module with fewer than 2 endings', () => {
    expect(messages(curriculum(fixture('standards-foundations-one-ending')))).toEqual(['1: a foundations module needs at least 2 endings (has 1)']);
  });

  it('holds a script to the format only without the curriculum option', () => {
    const r = compileText(fixture('standards-foundations-two-decisions'));
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
