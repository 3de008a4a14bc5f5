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

async function launch(l: ReturnType<typeof lms>, repo = new MemoryRepository(), extra: { now?: () => number; packageMastery?: number } = {}) {
  const rt = await ScormRuntime.start({ win: l.win, repo, moduleIds: [script.id], loadScript: async (id) => (id === script.id ? script : undefined), launchModule: script.id, ...extra });
  if (!rt) throw new Error('no LMS found');
  const session = await Session.open(script, repo, { instant: true });
  rt.attach(session);
  return { rt, session, repo };
}

const saved = (l: ReturnType<typeof lms>, n: number) => vi.waitFor(() => expect(l.commits()).toBeGreaterThanOrEqual(n));

describe('SCORM runtime', () => {
  it('does nothing without an LMS', async () => {
    const top: { parent: WindowLike | null } = { parent: null };
    top.parent = top;
    expect(await ScormRuntime.start({ win: top, repo: new MemoryRepository(), moduleIds: [script.id], loadScript: async () => script })).toBeUndefined();
  });

  it('reports progress with a commit after every step, then completion, score and session time', async () => {
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
    expect([l.api.cmi.core.score.raw, l.api.cmi.core.score.min, l.api.cmi.core.score.max]).toEqual(['100', '0', '100']);
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

  it('reports passed or failed against the mastery score', async () => {
    const pass = lms({ student_data: { mastery_score: '95' } });
    const a = await launch(pass);
    await a.session.choose('protect');
    await a.session.choose('hold');
    await vi.waitFor(() => expect(pass.api.cmi.core.lesson_status).toBe('passed'));
    const fail = lms({ student_data: { mastery_score: '95' } });
    const b = await launch(fail);
    await b.session.choose('wait');
    await b.session.choose('rescue');
    await vi.waitFor(() => expect(fail.api.cmi.core.lesson_status).toBe('failed'));
    expect(Number(fail.api.cmi.core.score.raw)).toBeLessThan(95);
  });

  it('uses the package’s own mastery score when the LMS passes none, and the LMS’s when it does', async () => {
    const none = lms();
    const a = await launch(none, undefined, { packageMastery: 95 });
    await a.session.choose('wait');
    await a.session.choose('rescue');
    await vi.waitFor(() => expect(none.api.cmi.core.lesson_status).toBe('failed'));
    const own = lms({ student_data: { mastery_score: '10' } });
    const b = await launch(own, undefined, { packageMastery: 95 });
    await b.session.choose('wait');
    await b.session.choose('rescue');
    await vi.waitFor(() => expect(own.api.cmi.core.lesson_status).toBe('passed'));
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
    expect(rt.suspendProblem).toBe('not Balint Rehearsal suspend data');
    const before = l.commits();
    const repo = new MemoryRepository();
    const s = await Session.open(other, repo, { instant: true });
    rt.attach(s);
    await s.choose('wait');
    await new Promise((r) => setTimeout(r, 10));
    expect(l.commits()).toBe(before);
  });
});
