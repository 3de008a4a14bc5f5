/**
 * The path explorer (src/script/explore.ts): path counting over merged states, the session clock,
 * and dead ends. Valid scripts come from tests/fixtures/explore-*.md; the dead ends a valid script
 * cannot have (the validator rejects them first) are made by breaking a copy of a compiled script.
 */
import { describe, expect, it } from 'vitest';
import { exploreScript } from '../../../src/script/explore';
import { PHASES, type PhaseId, type Script } from '../../../src/script/types';
import { validFixture } from '../compile-fixture';

/** Minutes per phase with only the given phases non-zero. */
const phaseMinutes = (set: Partial<Record<PhaseId, [number, number]>>) =>
  Object.fromEntries(PHASES.map((p) => [p, { min: set[p]?.[0] ?? 0, max: set[p]?.[1] ?? 0 }]));

/** A deep copy of a compiled fixture, to break on purpose. */
const copy = (name: string): Script => structuredClone(validFixture(name));
const sceneOf = (script: Script, id: string) => script.scenes.find((s) => s.id === id)!;

describe('explorer: paths and states', () => {
  it('counts 8 paths through 3 decisions of 2 choices while exploring each scene once', () => {
    const e = exploreScript(validFixture('explore-three-decisions'));
    expect(e.paths).toBe(8);
    expect(e.states).toBe(4);
    expect([...e.scenesReached].sort()).toEqual(['d1', 'd2', 'd3', 'end']);
    expect([...e.choicesOffered].sort()).toEqual(['d1-a', 'd1-b', 'd2-a', 'd2-b', 'd3-a', 'd3-b']);
    expect([...e.endingsReached]).toEqual(['end']);
    expect(e.deadEnds).toEqual([]);
  });

  it('keeps paths apart only by the choices a condition mentions', () => {
    const e = exploreScript(validFixture('explore-history-in-conditions'));
    expect(e.paths).toBe(8);
    // d1 once; d2 and d3 with and without "chose d1-a"; each ending once.
    expect(e.states).toBe(7);
    expect([...e.endingsReached].sort()).toEqual(['end-a', 'end-b']);
  });

  it('keeps paths apart by climate', () => {
    const e = exploreScript(validFixture('explore-effects-split-states'));
    expect(e.paths).toBe(8);
    // safety 50 at d1; 50/60 at d2; 50/60/70 at d3; 50/60/70/80 at the ending.
    expect(e.states).toBe(10);
  });
});

describe('explorer: the clock', () => {
  it('gives the shortest and longest session over all paths', () => {
    expect(exploreScript(validFixture('explore-clock')).minutes).toEqual({ min: 6, max: 15 });
  });

  it('gives the least and most minutes of each phase, zero for phases a path skips', () => {
    const e = exploreScript(validFixture('explore-clock'));
    expect(e.paths).toBe(2);
    expect(e.phaseMinutes).toEqual(phaseMinutes({ questions: [2, 2], discussion: [3, 8], return: [0, 4], close: [1, 1] }));
  });

  it('counts the default minute of scenes without Minutes:', () => {
    const e = exploreScript(validFixture('explore-three-decisions'));
    expect(e.minutes).toEqual({ min: 4, max: 4 });
    expect(e.phaseMinutes).toEqual(phaseMinutes({ questions: [1, 1], discussion: [1, 1], return: [1, 1], close: [1, 1] }));
  });
});

describe('explorer: decisions and endings', () => {
  it('gives the fewest and most decisions a path offers', () => {
    expect(exploreScript(validFixture('explore-three-decisions')).decisionsPerPath).toEqual({ min: 3, max: 3 });
    expect(exploreScript(validFixture('explore-clock')).decisionsPerPath).toEqual({ min: 1, max: 1 });
  });

  it('lists each choice after which, from some state, a single ending is left, once per scene and choice', () => {
    const e = exploreScript(validFixture('explore-history-in-conditions'));
    const sorted = [...e.decidingChoices].sort((a, b) => a.choice.localeCompare(b.choice));
    // After d1-a only end-a can follow (d3 routes on "chose d1-a"); after d1-b only end-b.
    expect(sorted).toEqual([
      { scene: 'd1', choice: 'd1-a', ending: 'end-a' },
      { scene: 'd1', choice: 'd1-b', ending: 'end-b' },
      { scene: 'd2', choice: 'd2-a', ending: 'end-a' },
      { scene: 'd2', choice: 'd2-b', ending: 'end-a' },
      { scene: 'd3', choice: 'd3-a', ending: 'end-a' },
      { scene: 'd3', choice: 'd3-b', ending: 'end-a' },
    ]);
  });

  it('lists no deciding choice where every choice leaves two endings open until the last decision', () => {
    const script = copy('explore-history-in-conditions');
    // Route d3 on its own choice instead of on d1: both endings stay reachable until d3.
    for (const c of sceneOf(script, 'd3').choices) c.routes = [{ target: c.id === 'd3-a' ? 'end-a' : 'end-b', line: c.line }];
    const e = exploreScript(script);
    expect(e.decidingChoices).toEqual([
      { scene: 'd3', choice: 'd3-a', ending: 'end-a' },
      { scene: 'd3', choice: 'd3-b', ending: 'end-b' },
    ]);
  });

  it('records the distinct sets of choices each decision scene offers', () => {
    const e = exploreScript(validFixture('explore-three-decisions'));
    expect(Object.fromEntries(e.offered)).toEqual({ d1: [['d1-a', 'd1-b']], d2: [['d2-a', 'd2-b']], d3: [['d3-a', 'd3-b']] });
  });
});

describe('explorer: loops and dead ends', () => {
  it('follows a loop that state brings to an end', () => {
    const e = exploreScript(validFixture('explore-bounded-loop'));
    // stop; again → stop; again → again (safety reaches 0, the loop lets go).
    expect(e.paths).toBe(3);
    expect(e.minutes).toEqual({ min: 2, max: 3 });
    expect(e.deadEnds).toEqual([]);
  });

  it('reports a loop that can repeat forever', () => {
    const script = copy('explore-bounded-loop');
    const again = sceneOf(script, 'ask').choices.find((c) => c.id === 'again')!;
    again.effects = [];
    const e = exploreScript(script);
    expect(e.deadEnds).toEqual([{ scene: 'ask', reason: 'a loop can repeat forever without reaching an ending' }]);
    // Only "stop" ends; the endless "again" branch adds no path.
    expect(e.paths).toBe(1);
  });

  it('reports a scene where no choice is offered', () => {
    const script = copy('explore-three-decisions');
    for (const c of sceneOf(script, 'd2').choices) c.when = { kind: 'compare', variable: 'safety', op: '>', value: 100 };
    const e = exploreScript(script);
    expect(e.deadEnds).toEqual([{ scene: 'd2', reason: 'no choice is offered' }]);
    expect(e.paths).toBe(0);
    expect(e.endingsReached.size).toBe(0);
  });

  it('reports a choice none of whose routes holds', () => {
    const script = copy('explore-three-decisions');
    const choice = sceneOf(script, 'd3').choices[1]!;
    choice.routes = choice.routes.map((r) => ({ ...r, when: { kind: 'chose', choice: 'never' } }));
    const e = exploreScript(script);
    expect(e.deadEnds).toEqual([{ scene: 'd3', reason: 'no route of choice "d3-b" holds' }]);
    expect(e.paths).toBe(4);
  });

  it('reports a scene none of whose Next: routes holds', () => {
    const script = copy('explore-clock');
    const brief = sceneOf(script, 'brief');
    brief.next = brief.next.map((r) => ({ ...r, when: { kind: 'visited', scene: 'reflect' } }));
    const e = exploreScript(script);
    expect(e.deadEnds).toEqual([{ scene: 'brief', reason: 'no Next: route holds' }]);
    expect(e.paths).toBe(1);
  });

  it('reports a route to a scene that does not exist', () => {
    const script = copy('explore-clock');
    sceneOf(script, 'reflect').next[0]!.target = 'gone';
    const e = exploreScript(script);
    expect(e.deadEnds).toEqual([{ scene: 'gone', reason: 'missing scene' }]);
    expect(e.minutes).toEqual({ min: 6, max: 6 });
  });
});
