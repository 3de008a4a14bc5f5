/** What the SCO reports: session time format, score bands, mastery, and the report for an attempt. */
import { describe, expect, it } from 'vitest';
import { buildReport, endingResult, formatSessionTime, isFinishedStatus, parseMastery, scoreFor, statusFor } from '../../../src/lms/scorm-report';
import { decodeSuspend } from '../../../src/lms/scorm-suspend';
import { fakeAttempt } from '../fakes';
import { validFixture } from '../compile-fixture';

describe('session time (SCORM 1.2 CMITimespan, HHHH:MM:SS.SS)', () => {
  it.each([
    [0, '0000:00:00.00'],
    [10, '0000:00:00.01'],
    [1_234, '0000:00:01.23'],
    [59_999, '0000:01:00.00'],
    [61_005, '0000:01:01.01'],
    [3_600_000, '0001:00:00.00'],
    [(27 * 3600 + 5 * 60 + 9) * 1000 + 990, '0027:05:09.99'],
    [-5, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
    [1e13, '9999:59:59.99'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatSessionTime(ms)).toBe(text);
    expect(text).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  });
});

describe('score', () => {
  it('places each outcome in its own band by the share of positive evidence', () => {
    expect(scoreFor({ outcome: 'strong', evidenceFor: 4, evidenceAgainst: 0 })).toBe(100);
    expect(scoreFor({ outcome: 'strong', evidenceFor: 0, evidenceAgainst: 3 })).toBe(80);
    expect(scoreFor({ outcome: 'strong', evidenceFor: 0, evidenceAgainst: 0 })).toBe(90);
    expect(scoreFor({ outcome: 'mixed', evidenceFor: 1, evidenceAgainst: 1 })).toBe(60);
    expect(scoreFor({ outcome: 'mixed', evidenceFor: 3, evidenceAgainst: 1 })).toBe(65);
    expect(scoreFor({ outcome: 'difficult', evidenceFor: 0, evidenceAgainst: 2 })).toBe(20);
    expect(scoreFor({ outcome: 'difficult', evidenceFor: 2, evidenceAgainst: 0 })).toBe(40);
  });

  it('never ranks a worse ending above a better one', () => {
    const best = (o: 'strong' | 'mixed' | 'difficult') => scoreFor({ outcome: o, evidenceFor: 1, evidenceAgainst: 0 });
    const worst = (o: 'strong' | 'mixed' | 'difficult') => scoreFor({ outcome: o, evidenceFor: 0, evidenceAgainst: 1 });
    expect(worst('strong')).toBeGreaterThan(best('mixed'));
    expect(worst('mixed')).toBeGreaterThan(best('difficult'));
  });

  it('reads the mastery score only when the LMS set a number from 0 to 100', () => {
    expect(parseMastery('')).toBeUndefined();
    expect(parseMastery('abc')).toBeUndefined();
    expect(parseMastery('101')).toBeUndefined();
    expect(parseMastery('-1')).toBeUndefined();
    expect(parseMastery('80')).toBe(80);
    expect(parseMastery('72.5')).toBe(72.5);
  });

  it('reports incomplete, completed, or passed/failed against mastery', () => {
    expect(statusFor(false, undefined, 80)).toBe('incomplete');
    expect(statusFor(true, 60, undefined)).toBe('completed');
    expect(statusFor(true, 80, 80)).toBe('passed');
    expect(statusFor(true, 79, 80)).toBe('failed');
    expect(['completed', 'passed', 'failed'].every(isFinishedStatus)).toBe(true);
    expect(['incomplete', 'not attempted', 'browsed', ''].some(isFinishedStatus)).toBe(false);
  });
});

describe('report for a saved attempt', () => {
  const script = validFixture('branching');
  const steps = (...choices: string[]) => choices.map((choice, i) => ({ type: 'choice' as const, scene: ['ask', 'discuss'][i]!, choice, at: '2026-11-25T10:00:00.000Z' }));

  it('mid-session: incomplete, suspend with the log, location at the scene, exit suspend, no score', () => {
    const r = buildReport(script, fakeAttempt({ moduleId: script.id, steps: steps('protect'), sceneId: 'discuss' }));
    expect(r).toMatchObject({ status: 'incomplete', exit: 'suspend', location: 'discuss', score: undefined });
    expect(decodeSuspend(r.suspendData)).toEqual({ ok: true, state: { module: script.id, hash: script.hash, steps: [{ type: 'choice', choice: 'protect' }] } });
  });

  it('at an ending: completed with the score of its outcome and evidence, normal exit', () => {
    const attempt = fakeAttempt({ moduleId: script.id, status: 'completed', endingId: 'open', sceneId: 'open', steps: steps('protect', 'hold') });
    expect(endingResult(script, attempt)).toEqual({ outcome: 'strong', evidenceFor: 2, evidenceAgainst: 0 });
    expect(buildReport(script, attempt)).toMatchObject({ status: 'completed', score: 100, exit: '' });
    expect(buildReport(script, attempt, 100).status).toBe('passed');
  });

  it('after starting over: the LMS is told the module begins again', () => {
    const r = buildReport(script, fakeAttempt({ moduleId: script.id, status: 'abandoned', steps: steps('wait'), sceneId: 'discuss' }));
    expect(r).toMatchObject({ status: 'incomplete', exit: 'suspend', location: script.start });
    expect(decodeSuspend(r.suspendData)).toMatchObject({ ok: true, state: { steps: [] } });
  });
});
