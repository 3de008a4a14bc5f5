/**
 * The suspend-data codec: round trip (property-based), the exact format, version and garbage
 * rejection, truncation at the limit, and, for every built-in module, that its longest possible
 * path fits in SCORM 1.2's 4,096 characters and replays to its ending.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSuspend, encodeSuspend, isPrefix, sameTokens, SUSPEND_LIMIT, tokensOf } from '../../../src/lms/scorm-suspend';
import { rebuildAttempt } from '../../../src/lms/scorm-resume';
import type { StepToken, SuspendState } from '../../../src/lms/types';
import { loadContent } from '../../../src/tools/load-content';
import { longestLog } from './longest-path';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const token: fc.Arbitrary<StepToken> = fc.oneof(fc.constant<StepToken>({ type: 'continue' }), id.map((choice): StepToken => ({ type: 'choice', choice })));
const state: fc.Arbitrary<SuspendState> = fc.record({ module: id, hash: fc.stringMatching(/^[0-9a-f]{16}$/), steps: fc.array(token, { maxLength: 60 }) });

describe('suspend data codec', () => {
  it('round-trips any state', () => {
    fc.assert(
      fc.property(state, (s) => {
        const { data, kept } = encodeSuspend(s);
        expect(kept).toBe(s.steps.length);
        expect(decodeSuspend(data)).toEqual({ ok: true, state: s });
      }),
    );
  });

  it('writes a compact, readable, versioned string', () => {
    const { data } = encodeSuspend({ module: 'rule-honesty', hash: '0123456789abcdef', steps: [{ type: 'choice', choice: 'name-it' }, { type: 'continue' }, { type: 'choice', choice: 'wait' }] });
    expect(data).toBe('br1~rule-honesty~0123456789abcdef~name-it._.wait');
    expect(decodeSuspend('br1~m~0123456789abcdef~')).toEqual({ ok: true, state: { module: 'm', hash: '0123456789abcdef', steps: [] } });
  });

  it('rejects other versions rather than guess', () => {
    const r = decodeSuspend('br2~rule-honesty~0123456789abcdef~wait');
    expect(r).toEqual({ ok: false, problem: { code: 'version', version: 2, reads: 1 } });
  });

  it.each([
    ['', { code: 'empty' }],
    ['hello world', { code: 'not-ours' }],
    ['{"module":"x"}', { code: 'not-ours' }],
    ['br1~rule-honesty~0123456789abcdef', { code: 'malformed' }],
    ['br1~rule-honesty~0123456789abcdef~a~b', { code: 'malformed' }],
    ['br1~Rule_Honesty~0123456789abcdef~', { code: 'module-id' }],
    ['br1~rule-honesty~not-a-hash~', { code: 'script-hash' }],
    ['br1~rule-honesty~0123456789abcdef~wait..hold', { code: 'step', step: '' }],
    ['br1~rule-honesty~0123456789abcdef~<script>', { code: 'step', step: '<script>' }],
    ['br1~rule-honesty~0123456789abcdef~' + 'a.'.repeat(2100) + 'a', { code: 'too-long', limit: 4096 }],
  ])('rejects garbage: %j', (data, problem) => {
    expect(decodeSuspend(data)).toEqual({ ok: false, problem });
  });

  it('rejects anything that is not a string', () => {
    for (const v of [undefined, null, 42, {}, []]) expect(decodeSuspend(v).ok).toBe(false);
  });

  it('refuses to encode ids that would corrupt the format', () => {
    expect(() => encodeSuspend({ module: 'a~b', hash: '00', steps: [] })).toThrow(/suspend-module-id/);
    expect(() => encodeSuspend({ module: 'a', hash: 'zz', steps: [] })).toThrow(/suspend-script-hash/);
    expect(() => encodeSuspend({ module: 'a', hash: '00', steps: [{ type: 'choice', choice: 'x.y' }] })).toThrow(/suspend-choice-id/);
  });

  it('drops the newest steps rather than exceed the limit', () => {
    const steps: StepToken[] = Array.from({ length: 500 }, (_, i) => ({ type: 'choice', choice: `choice-number-${i}` }));
    const { data, kept } = encodeSuspend({ module: 'long', hash: '0123456789abcdef', steps });
    expect(data.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(kept).toBeGreaterThan(100);
    expect(kept).toBeLessThan(500);
    const r = decodeSuspend(data);
    expect(r.ok && r.state.steps).toEqual(steps.slice(0, kept));
  });

  it('compares logs step by step', () => {
    const a: StepToken[] = [{ type: 'choice', choice: 'x' }, { type: 'continue' }];
    expect(sameTokens(a, [...a])).toBe(true);
    expect(isPrefix(a.slice(0, 1), a)).toBe(true);
    expect(isPrefix(a, a.slice(0, 1))).toBe(false);
    expect(isPrefix([{ type: 'choice', choice: 'y' }], a)).toBe(false);
    expect(isPrefix([{ type: 'continue' }], a)).toBe(false);
    expect(tokensOf([{ type: 'choice', scene: 's', choice: 'x', at: 't' }, { type: 'continue', scene: 's', at: 't' }])).toEqual(a);
  });
});

describe('every built-in module', () => {
  const { scripts } = loadContent(process.cwd());

  it.each(scripts.map((s) => [s.id, s] as const))('%s: the longest path fits in 4096 characters and replays to its ending', (_, s) => {
    const log = longestLog(s);
    const { data, kept } = encodeSuspend({ module: s.id, hash: s.hash, steps: log });
    expect(kept).toBe(log.length);
    expect(data.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const decoded = decodeSuspend(data);
    expect(decoded.ok).toBe(true);
    const rebuilt = rebuildAttempt(s, decoded.ok ? decoded.state.steps : []);
    expect('attempt' in rebuilt && rebuilt.done).toBe(true);
  });
});
