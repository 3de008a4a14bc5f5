/**
 * The condition language (src/script/condition-parser.ts) and how its trees are judged
 * (src/script/semantics.ts `holds`). One construct or one error per test.
 */
import { describe, expect, it } from 'vitest';
import { conditionRefs, parseCondition } from '../../../src/script/condition-parser';
import { holds, type PlayState } from '../../../src/script/semantics';
import type { Condition } from '../../../src/script/types';

/** Parse text that must be a valid condition. */
function cond(text: string): Condition {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.message);
  return r.condition;
}
/** The error message for text that must not parse. */
function error(text: string): string {
  const r = parseCondition(text);
  if (r.ok) throw new Error(`"${text}" parsed as ${JSON.stringify(r.condition)}`);
  return r.message;
}
const state = (climate: Record<string, number>, chosen: string[] = [], visited: string[] = []): PlayState => ({ climate, chosen, visited });

describe('condition parser: constructs', () => {
  it.each([
    ['<', 'safety < 40'],
    ['<=', 'safety <= 40'],
    ['>', 'safety > 40'],
    ['>=', 'safety >= 40'],
    ['==', 'safety == 40'],
    ['!=', 'safety != 40'],
  ] as const)('parses the comparison %s', (op, text) => {
    expect(cond(text)).toEqual({ kind: 'compare', variable: 'safety', op, value: 40 });
  });

  it('parses comparisons without spaces, with negative and decimal numbers', () => {
    expect(cond('safety<40')).toEqual({ kind: 'compare', variable: 'safety', op: '<', value: 40 });
    expect(cond('safety > -5')).toEqual({ kind: 'compare', variable: 'safety', op: '>', value: -5 });
    expect(cond('safety >= 4.5')).toEqual({ kind: 'compare', variable: 'safety', op: '>=', value: 4.5 });
  });

  it('parses chose with a hyphenated choice id', () => {
    expect(cond('chose ask-why')).toEqual({ kind: 'chose', choice: 'ask-why' });
  });

  it('parses visited with a scene id', () => {
    expect(cond('visited long-silence')).toEqual({ kind: 'visited', scene: 'long-silence' });
  });

  it('parses not, and not not', () => {
    expect(cond('not chose advise')).toEqual({ kind: 'not', operand: { kind: 'chose', choice: 'advise' } });
    expect(cond('not not chose advise')).toEqual({ kind: 'not', operand: { kind: 'not', operand: { kind: 'chose', choice: 'advise' } } });
  });

  it('parses a chain of and into one flat node', () => {
    expect(cond('chose a and chose b and chose c')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'chose', choice: 'a' },
        { kind: 'chose', choice: 'b' },
        { kind: 'chose', choice: 'c' },
      ],
    });
  });

  it('parses a chain of or into one flat node', () => {
    expect(cond('chose a or visited b or safety > 1')).toEqual({
      kind: 'or',
      operands: [
        { kind: 'chose', choice: 'a' },
        { kind: 'visited', scene: 'b' },
        { kind: 'compare', variable: 'safety', op: '>', value: 1 },
      ],
    });
  });

  it('binds not tighter than and, and and tighter than or', () => {
    expect(cond('chose a or not chose b and chose c')).toEqual({
      kind: 'or',
      operands: [
        { kind: 'chose', choice: 'a' },
        {
          kind: 'and',
          operands: [
            { kind: 'not', operand: { kind: 'chose', choice: 'b' } },
            { kind: 'chose', choice: 'c' },
          ],
        },
      ],
    });
  });

  it('lets parentheses override precedence', () => {
    expect(cond('(chose wait or chose invite) and openness > 60')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'or', operands: [{ kind: 'chose', choice: 'wait' }, { kind: 'chose', choice: 'invite' }] },
        { kind: 'compare', variable: 'openness', op: '>', value: 60 },
      ],
    });
    expect(cond('not (chose a and chose b)')).toEqual({
      kind: 'not',
      operand: { kind: 'and', operands: [{ kind: 'chose', choice: 'a' }, { kind: 'chose', choice: 'b' }] },
    });
  });

  it('lists every variable, choice and scene a condition refers to', () => {
    expect(conditionRefs(cond('(safety < 4 or chose a) and not visited s and focus > 1 and chose b'))).toEqual({
      variables: ['safety', 'focus'],
      choices: ['a', 'b'],
      scenes: ['s'],
    });
  });
});

describe('condition parser: errors', () => {
  it('reports an empty condition', () => {
    expect(error('')).toBe('empty condition');
    expect(error('   ')).toBe('empty condition');
  });

  it('reports a comparison without a number', () => {
    expect(error('safety <')).toBe('condition "safety <": expected a number after "safety <"');
    expect(error('safety < high')).toBe('condition "safety < high": expected a number after "safety <"');
  });

  it('reports a variable without a comparison', () => {
    expect(error('safety 40')).toBe('condition "safety 40": expected a comparison (<, <=, >, >=, ==, !=) after "safety"');
  });

  it('reports a character that is not part of the language', () => {
    expect(error('safety < 40 & chose x')).toBe('condition "safety < 40 & chose x": unexpected "& chose x"');
  });

  it('reports an unknown token where a condition should start', () => {
    expect(error('40 < safety')).toBe('condition "40 < safety": unexpected "40"');
    expect(error('Safety < 40')).toBe('condition "Safety < 40": unexpected "Safety"');
    expect(error('and chose a')).toBe('condition "and chose a": unexpected "and"');
  });

  it('reports trailing tokens after a complete condition', () => {
    expect(error('chose a chose b')).toBe('condition "chose a chose b": unexpected "chose"');
  });

  it('reports chose or visited without an id', () => {
    expect(error('chose')).toBe('condition "chose": "chose" needs an id after it');
    expect(error('visited Intro')).toBe('condition "visited Intro": "visited" needs an id after it');
  });

  it('reports a condition that ends too early', () => {
    expect(error('chose a and')).toBe('condition "chose a and": ends too early');
    expect(error('not')).toBe('condition "not": ends too early');
  });

  it('reports an unclosed parenthesis', () => {
    expect(error('(chose a')).toBe('condition "(chose a": missing ")"');
    expect(error('((chose a) or chose b')).toBe('condition "((chose a) or chose b": missing ")"');
  });

  it('reports an unopened parenthesis', () => {
    expect(error('chose a)')).toBe('condition "chose a)": unexpected ")"');
    expect(error('()')).toBe('condition "()": unexpected ")"');
  });
});

describe('holds: judging parsed conditions', () => {
  it('compares a climate variable with each operator', () => {
    const s = state({ safety: 40 });
    const results = ['<', '<=', '>', '>=', '==', '!='].map((op) => holds(cond(`safety ${op} 40`), s));
    expect(results).toEqual([false, true, false, true, true, false]);
  });

  it('judges chose by the choices made so far', () => {
    expect(holds(cond('chose advise'), state({}, ['wait', 'advise']))).toBe(true);
    expect(holds(cond('chose advise'), state({}, ['wait']))).toBe(false);
  });

  it('judges visited by the scenes entered so far', () => {
    expect(holds(cond('visited silence'), state({}, [], ['call', 'silence']))).toBe(true);
    expect(holds(cond('visited silence'), state({}, [], ['call']))).toBe(false);
  });

  it('judges not, and, or with precedence', () => {
    const c = cond('chose a or not chose b and chose c');
    expect(holds(c, state({}, ['a', 'b']))).toBe(true);
    expect(holds(c, state({}, ['c']))).toBe(true);
    expect(holds(c, state({}, ['b', 'c']))).toBe(false);
    expect(holds(c, state({}, []))).toBe(false);
  });

  it('judges parentheses as grouping', () => {
    const c = cond('(chose wait or chose invite) and openness > 60');
    expect(holds(c, state({ openness: 70 }, ['invite']))).toBe(true);
    expect(holds(c, state({ openness: 50 }, ['invite']))).toBe(false);
    expect(holds(c, state({ openness: 70 }, []))).toBe(false);
  });

  it('treats an absent condition as holding', () => {
    expect(holds(undefined, state({}))).toBe(true);
  });
});
