/**
 * The runtime against scorm-again's Scorm12API (a conformant LMS-side SCORM 1.2 implementation)
 * and a real Session on the memory repository: the whole path without a browser.
 */
import { describe, expect, it, vi } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { ScormRuntime } from '../../../src/lms/scorm-runtime';
import type { WindowLike } from '../../../src/lms/types';
import { Session } from '../../../src/session/session.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');
const other = { ...validFixture('branching'), id: 'another-module' };

/** An LMS window with a fresh API, optionally pre-loaded as an LMS would on relaunch. */
function lms(cmi?: object) {
  const api = new Scorm12API({ logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi as never);
  const calls: string[][] = [];
  api.on('LMSCommit', () => calls.push(['LMSCommit']));
  api.on('LMSFinish', () => calls.push(['LMSFinish']));
  api.on('LMSSetValue.cmi.*', (el: string, v: string) => calls.push(['set', el, String(v)]));
  const top: { parent: WindowLike | null; API: unknown } = { parent: null, API: api };
  top.parent = top;
  const frame: WindowLike = { parent: top };
  return { api, calls, win: frame, commits: () => calls.filter((c) => c[0] === 'LMSCommit').length };
}

async function launch(l: ReturnType<typeof lms>, repo = new MemoryRepository(), extra: { now?: () => number; score?: 'participation' } = {}) {
  const rt = await ScormRuntime.start({ win: l.win, repo, moduleIds: [script.id], loadScript: async (id) => (id === script.id ? script : undefined), launchModule: script.id, ...extra });
  if (!rt) throw new Error('no LMS found');
  const session = await Session.open(script, repo, { instant: true });
  rt.attach(session);
  return { rt, session, repo };
}

/** The interactions the LMS holds (1.2 makes them write-only to the SCO; the LMS side reads them as JSON). */
const interactions = (l: ReturnType<typeof lms>): { id: string; type: string; student_response: string; time: string; latency: string; correct_responses: object }[] =>
  JSON.parse(JSON.stringify(l.api.cmi.interactions.childArray));

const saved = (l: ReturnType<typeof lms>, n: number) => vi.waitFor(() => expect(l.commits()).toBeGreaterThanOrEqual(n));

describe('SCORM runtime', () => {
  it('does nothing without an LMS', async () => {
    const top: { parent: WindowLike | null } = { parent: null };
    top.parent = top;
    expect(await ScormRuntime.start({ win: top, repo: new MemoryRepository(), moduleIds: [script.id], loadScript: async () => script })).toBeUndefined();
  });

  it('reports progress with a commit after every step, then completion without a score, and session time', async () => {
    const l = lms();
    let clock = 1_000;
    const { rt, session } = await launch(l, undefined, { now: () => clock });
    expect(l.api.cmi.core.lesson_status).toBe('incomplete');
    const atStart = l.commits();
    await session.choose('protect');
    await saved(l, atStart + 1);
    expect(l.api.cmi.suspend_data).toBe(`br1~${script.id}~${script.hash}~protect`);
    expect(l.api.cmi.core.lesson_location).toBe('discuss');
    await session.choose('hold');
    await saved(l, atStart + 2);
    expect(l.api.cmi.core.lesson_status).toBe('completed');
    expect(l.api.cmi.core.score.raw).toBe('');
    expect(l.calls.some((c) => c[1]?.startsWith('cmi.core.score'))).toBe(false);
    expect(l.calls.filter((c) => c[1] === 'cmi.core.exit').map((c) => c[2])).toEqual(['suspend', 'suspend', 'suspend', '']);
    clock += 83_450;
    rt.finish();
    rt.finish();
    expect(l.calls.filter((c) => c[0] === 'LMSFinish')).toHaveLength(1);
    expect(l.calls.find((c) => c[1] === 'cmi.core.session_time')?.[2]).toBe('0000:01:23.45');
  });

  it('resumes on another device from the suspend data alone', async () => {
    const first = lms();
    const { session } = await launch(first);
    await session.choose('wait');
    await vi.waitFor(() => expect(first.api.cmi.suspend_data).toMatch(/~wait$/));
    const suspend = first.api.cmi.suspend_data;
    const l = lms({ suspend_data: suspend, core: { entry: 'resume', lesson_status: 'incomplete' } });
    const { rt, session: again } = await launch(l, new MemoryRepository());
    expect(rt.resume).toMatchObject({ kind: 'rebuilt', sceneId: 'discuss' });
    expect(again.openedAs).toBe('resumed');
    expect(again.scene.id).toBe('discuss');
    expect(again.transcript.map((t) => t.key)).toEqual(session.transcript.map((t) => t.key));
  });

  it('participation score when chosen: 50 at an ending, 100 once a reflection is saved, status completed', async () => {
    const l = lms();
    const { rt, session } = await launch(l, undefined, { score: 'participation' });
    rt.reflectionSaved(script.id); // not finished yet: nothing to add to
    expect(l.api.cmi.core.score.raw).toBe('');
    await session.choose('wait');
    await session.choose('rescue');
    await vi.waitFor(() => expect(l.api.cmi.core.lesson_status).toBe('completed'));
    expect([l.api.cmi.core.score.raw, l.api.cmi.core.score.min, l.api.cmi.core.score.max]).toEqual(['50', '0', '100']);
    const commits = l.commits();
    rt.reflectionSaved('another-module');
    expect(l.api.cmi.core.score.raw).toBe('50');
    rt.reflectionSaved(script.id);
    expect(l.api.cmi.core.score.raw).toBe('100');
    expect(l.commits()).toBe(commits + 1);
    expect(l.api.cmi.core.lesson_status).toBe('completed');
  });

  it('never lowers a participation score: playing again after a reflection keeps 100', async () => {
    const l = lms({ core: { lesson_status: 'completed', entry: '', score: { raw: '100', min: '0', max: '100' } } });
    const { session } = await launch(l, undefined, { score: 'participation' });
    await session.choose('protect');
    await session.choose('hold');
    await saved(l, 3);
    expect(l.api.cmi.core.score.raw).toBe('100');
    expect(l.calls.some((c) => c[1] === 'cmi.core.score.raw')).toBe(false);
  });

  it('never passed or failed, even when the LMS sends a mastery score, through to LMSFinish', async () => {
    for (const score of [undefined, 'participation'] as const) {
      const l = lms({ student_data: { mastery_score: '80' } });
      const { rt, session } = await launch(l, undefined, { score });
      await session.choose('protect');
      await session.choose('hold');
      await vi.waitFor(() => expect(l.api.cmi.core.lesson_status).toBe('completed'));
      rt.reflectionSaved(script.id);
      rt.finish();
      expect(l.api.cmi.core.lesson_status).toBe('completed');
      expect(l.calls.some((c) => c[1] === 'cmi.core.lesson_status' && (c[2] === 'passed' || c[2] === 'failed'))).toBe(false);
      // A score is what lets an LMS turn a mastery score into passed/failed, so none is sent.
      expect(l.api.cmi.core.score.raw).toBe('');
      expect(rt.scoreWithheld).toBe(score === 'participation');
    }
  });

  it('never turns a finished SCO back to incomplete when it is relaunched', async () => {
    const l = lms({ core: { lesson_status: 'completed', entry: '' } });
    const { session } = await launch(l);
    await session.choose('wait');
    await saved(l, 3);
    expect(l.api.cmi.core.lesson_status).toBe('completed');
    expect(l.calls.some((c) => c[1] === 'cmi.core.lesson_status' && c[2] === 'incomplete')).toBe(false);
  });

  it('ignores unreadable suspend data and says why, and reports only its own module', async () => {
    const l = lms({ suspend_data: 'something another course wrote' });
    const { rt } = await launch(l);
    expect(rt.suspendProblem).toEqual({ code: 'not-ours' });
    const before = l.commits();
    const repo = new MemoryRepository();
    const s = await Session.open(other, repo, { instant: true });
    rt.attach(s);
    await s.choose('wait');
    await new Promise((r) => setTimeout(r, 10));
    expect(l.commits()).toBe(before);
  });

  it('reports each choice once as cmi.interactions.n: id, type choice, the choice as student_response, time and latency, no correct response', async () => {
    const l = lms();
    const { session } = await launch(l);
    await session.choose('wait');
    await session.choose('rescue');
    await vi.waitFor(() => expect(l.api.cmi.core.lesson_status).toBe('completed'));
    expect(interactions(l).map((i) => [i.id, i.type, i.student_response])).toEqual([
      [`${script.id}_ask`, 'choice', 'wait'],
      [`${script.id}_discuss`, 'choice', 'rescue'],
    ]);
    for (const i of interactions(l)) {
      expect(i.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      expect(i.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(i.correct_responses).toEqual({});
    }
    expect(l.calls.filter((c) => /^cmi\.interactions\.\d+\.id$/.test(c[1] ?? ''))).toHaveLength(2);
    expect(l.calls.some((c) => /^cmi\.interactions\.\d+\.(result|correct_responses)/.test(c[1] ?? ''))).toBe(false);
  });

  it('after a resume, reports only the choices the LMS does not hold yet', async () => {
    const first = lms();
    const { session } = await launch(first);
    await session.choose('wait');
    await vi.waitFor(() => expect(interactions(first)).toHaveLength(1));
    const l = lms({ suspend_data: first.api.cmi.suspend_data, core: { entry: 'resume', lesson_status: 'incomplete' }, interactions: { '0': { id: `${script.id}_ask`, type: 'choice', student_response: 'wait' } } });
    const { session: again } = await launch(l, new MemoryRepository());
    await again.choose('rescue');
    await vi.waitFor(() => expect(l.api.cmi.core.lesson_status).toBe('completed'));
    expect(interactions(l).map((i) => i.student_response)).toEqual(['wait', 'rescue']);
    expect(l.calls.filter((c) => /^cmi\.interactions\.\d+\.id$/.test(c[1] ?? '')).map((c) => c[1])).toEqual(['cmi.interactions.1.id']);
  });
});
