/** What the SCO reports: status (never passed/failed), the optional participation score, and the report for an attempt. */
import { describe, expect, it } from 'vitest';
import { buildReport, isFinishedStatus, participationScore, statusFor } from '../../../src/lms/scorm-report';
import * as report from '../../../src/lms/scorm-report';
import { decodeSuspend, SUSPEND_LIMIT_2004 } from '../../../src/lms/scorm-suspend';
import { fakeAttempt } from '../fakes';
import { validFixture } from '../compile-fixture';

describe('status and participation score', () => {
  it('reports incomplete until an ending, then completed: never passed or failed', () => {
    expect(statusFor(false)).toBe('incomplete');
    expect(statusFor(true)).toBe('completed');
    expect(['completed', 'passed', 'failed'].every(isFinishedStatus)).toBe(true);
    expect(['incomplete', 'not attempted', 'browsed', ''].some(isFinishedStatus)).toBe(false);
  });

  it('gives 50 for reaching an ending and 50 for saving a reflection, whatever the ending or the choices', () => {
    expect(participationScore(false, false)).toBe(0);
    expect(participationScore(true, false)).toBe(50);
    expect(participationScore(true, true)).toBe(100);
  });

  it('has no graded score any more: no outcome bands, no mastery', () => {
    for (const gone of ['scoreFor', 'OUTCOME_BASE', 'BAND', 'parseMastery', 'endingResult']) expect(report).not.toHaveProperty(gone);
  });
});

describe('report for a saved attempt', () => {
  const script = validFixture('branching');
  const steps = (...choices: string[]) => choices.map((choice, i) => ({ type: 'choice' as const, scene: ['ask', 'discuss'][i]!, choice, at: '2026-11-25T10:00:00.000Z' }));
  const ended = (ending: string, ...choices: string[]) => fakeAttempt({ moduleId: script.id, status: 'completed', endingId: ending, sceneId: ending, steps: steps(...choices) });

  it('mid-session: incomplete, suspend with the log, location at the scene, exit suspend, no score', () => {
    const r = buildReport(script, fakeAttempt({ moduleId: script.id, steps: steps('protect'), sceneId: 'discuss' }));
    expect(r).toMatchObject({ status: 'incomplete', exit: 'suspend', location: 'discuss' });
    expect(r).not.toHaveProperty('score');
    expect(decodeSuspend(r.suspendData)).toEqual({ ok: true, state: { module: script.id, hash: script.hash, steps: [{ type: 'choice', choice: 'protect' }] } });
    expect(buildReport(script, fakeAttempt({ moduleId: script.id, steps: steps('protect'), sceneId: 'discuss' }), 'participation')).not.toHaveProperty('score');
  });

  it('completion without a score by default: every ending is completed, normal exit, no score', () => {
    for (const a of [ended('open', 'protect', 'hold'), ended('guarded', 'wait', 'rescue')]) {
      const r = buildReport(script, a);
      expect(r).toMatchObject({ status: 'completed', exit: '' });
      expect(r).not.toHaveProperty('score');
    }
  });

  it('participation score when chosen: 50 at any ending, the same for every path', () => {
    expect(buildReport(script, ended('open', 'protect', 'hold'), 'participation')).toMatchObject({ status: 'completed', score: 50 });
    expect(buildReport(script, ended('guarded', 'wait', 'rescue'), 'participation')).toMatchObject({ status: 'completed', score: 50 });
  });

  it('after starting over: the LMS is told the module begins again', () => {
    const r = buildReport(script, fakeAttempt({ moduleId: script.id, status: 'abandoned', steps: steps('wait'), sceneId: 'discuss' }), 'participation');
    expect(r).toMatchObject({ status: 'incomplete', exit: 'suspend', location: script.start });
    expect(r).not.toHaveProperty('score');
    expect(decodeSuspend(r.suspendData)).toMatchObject({ ok: true, state: { steps: [] } });
  });

  it('keeps a log whole within SCORM 2004\'s 64,000 characters that SCORM 1.2\'s 4,096 would cut', () => {
    const long = fakeAttempt({ moduleId: script.id, sceneId: 'ask', steps: Array.from({ length: 2400 }, () => ({ type: 'continue' as const, scene: 'ask', at: '2026-11-25T10:00:00.000Z' })) });
    const kept = (suspendData: string) => {
      const r = decodeSuspend(suspendData, SUSPEND_LIMIT_2004);
      return r.ok ? r.state.steps.length : -1;
    };
    expect(kept(buildReport(script, long).suspendData)).toBeLessThan(2400);
    expect(kept(buildReport(script, long, undefined, SUSPEND_LIMIT_2004).suspendData)).toBe(2400);
  });
});
