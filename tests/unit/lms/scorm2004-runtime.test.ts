/**
 * The runtime as a SCORM 2004 4th edition SCO, against scorm-again's Scorm2004API (a conformant
 * LMS-side SCORM 2004 implementation) and a real Session on the memory repository.
 */
import { describe, expect, it, vi } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { ScormRuntime } from '../../../src/lms/scorm-runtime';
import type { WindowLike } from '../../../src/lms/types';
import { Session } from '../../../src/session/session.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { validFixture } from '../compile-fixture';

const script = validFixture('branching');

/** An LMS window with a fresh SCORM 2004 API, optionally pre-loaded as an LMS would on relaunch. */
function lms(cmi?: object) {
  const api = new Scorm2004API({ logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi as never);
  const calls: string[][] = [];
  for (const name of ['Initialize', 'Commit', 'Terminate']) api.on(name, () => calls.push([name]));
  api.on('SetValue.cmi.*', (el: string, v: string) => calls.push(['set', el, String(v)]));
  api.on('SetValue.adl.*', (el: string, v: string) => calls.push(['set', el, String(v)]));
  const top: { parent: WindowLike | null; API_1484_11: unknown } = { parent: null, API_1484_11: api };
  top.parent = top;
  const frame: WindowLike = { parent: top };
  const written = (el: string) => calls.filter((c) => c[1] === el).map((c) => c[2]);
  return { api, calls, win: frame, written, commits: () => calls.filter((c) => c[0] === 'Commit').length };
}

type Lms = ReturnType<typeof lms>;

async function launch(l: Lms, repo = new MemoryRepository(), extra: { now?: () => number; score?: 'participation'; onPageHide?: (h: () => void) => void } = {}) {
  const rt = await ScormRuntime.start({ version: '2004', win: l.win, repo, moduleIds: [script.id], loadScript: async (id) => (id === script.id ? script : undefined), launchModule: script.id, ...extra });
  if (!rt) throw new Error('no LMS found');
  const session = await Session.open(script, repo, { instant: true });
  rt.attach(session);
  return { rt, session, repo };
}

const saved = (l: Lms, n: number) => vi.waitFor(() => expect(l.commits()).toBeGreaterThanOrEqual(n));

describe('SCORM 2004 runtime', () => {
  it('does nothing without a SCORM 2004 API (a SCORM 1.2 API alone is not one)', async () => {
    const top: { parent: WindowLike | null; API: unknown } = { parent: null, API: new Scorm12API({ logLevel: 5 }) };
    top.parent = top;
    expect(await ScormRuntime.start({ version: '2004', win: top, repo: new MemoryRepository(), moduleIds: [script.id], loadScript: async () => script })).toBeUndefined();
  });

  it('completion without a score by default: incomplete, then completed at an ending; exit suspend, then normal; success stays unknown', async () => {
    const l = lms();
    let clock = 1_000;
    const { rt, session } = await launch(l, undefined, { now: () => clock });
    expect(rt.version).toBe('2004');
    expect(l.api.cmi.completion_status).toBe('incomplete');
    const atStart = l.commits();
    await session.choose('protect');
    await saved(l, atStart + 1);
    expect(l.api.cmi.suspend_data).toBe(`br1~${script.id}~${script.hash}~protect`);
    expect(l.api.cmi.location).toBe('discuss');
    await session.choose('hold');
    await saved(l, atStart + 2);
    expect(l.api.cmi.completion_status).toBe('completed');
    expect(l.api.cmi.success_status).toBe('unknown');
    expect(l.written('cmi.success_status')).toEqual([]);
    expect(l.calls.some((c) => c[1]?.startsWith('cmi.score'))).toBe(false);
    expect(l.written('cmi.exit')).toEqual(['suspend', 'suspend', 'suspend', 'normal']);
    clock += 83_450;
    rt.finish();
    rt.finish();
    expect(l.calls.filter((c) => c[0] === 'Terminate')).toHaveLength(1);
    expect(l.written('cmi.session_time')).toEqual(['PT0H1M23.45S']);
  });

  it('terminates on pagehide', async () => {
    const l = lms();
    let hide: (() => void) | undefined;
    await launch(l, undefined, { onPageHide: (h) => (hide = h) });
    expect(l.calls.some((c) => c[0] === 'Terminate')).toBe(false);
    hide!();
    expect(l.calls.filter((c) => c[0] === 'Terminate')).toHaveLength(1);
  });

  it('participation score when chosen: scaled 0.5 and raw 50 at an ending, 1 and 100 once a reflection is saved, status completed', async () => {
    const l = lms();
    const { rt, session } = await launch(l, undefined, { score: 'participation' });
    await session.choose('wait');
    await session.choose('rescue');
    await vi.waitFor(() => expect(l.api.cmi.completion_status).toBe('completed'));
    const score = () => [l.api.cmi.score.scaled, l.api.cmi.score.raw, l.api.cmi.score.min, l.api.cmi.score.max];
    expect(score()).toEqual(['0.5', '50', '0', '100']);
    rt.reflectionSaved(script.id);
    expect(score()).toEqual(['1', '100', '0', '100']);
    expect(l.api.cmi.success_status).toBe('unknown');
  });

  it('never passed or failed, even when the LMS has a passing score: then no score is sent at all', async () => {
    for (const score of [undefined, 'participation'] as const) {
      const l = lms({ scaled_passing_score: '0.8' });
      const { rt, session } = await launch(l, undefined, { score });
      await session.choose('protect');
      await session.choose('hold');
      await vi.waitFor(() => expect(l.api.cmi.completion_status).toBe('completed'));
      rt.reflectionSaved(script.id);
      expect(l.calls.some((c) => c[1]?.startsWith('cmi.score'))).toBe(false);
      expect(l.api.GetValue('cmi.success_status')).toBe('unknown');
      expect(rt.scoreWithheld).toBe(score === 'participation');
      rt.finish();
    }
  });

  it('resumes on another device from the suspend data alone', async () => {
    const first = lms();
    const { session } = await launch(first);
    await session.choose('wait');
    await vi.waitFor(() => expect(first.api.cmi.suspend_data).toMatch(/~wait$/));
    const l = lms({ suspend_data: first.api.cmi.suspend_data, completion_status: 'incomplete', entry: 'resume' });
    const { rt, session: again } = await launch(l, new MemoryRepository());
    expect(rt.resume).toMatchObject({ kind: 'rebuilt', sceneId: 'discuss' });
    expect(again.openedAs).toBe('resumed');
    expect(again.scene.id).toBe('discuss');
    expect(again.transcript.map((t) => t.key)).toEqual(session.transcript.map((t) => t.key));
  });

  it('reports each choice as an interaction, read back with id, type, response, timestamp, latency and description, and no correct response or result', async () => {
    const l = lms();
    let clock = Date.parse('2026-11-25T10:00:00.000Z');
    const { session } = await launch(l, undefined, { now: () => clock });
    await session.choose('protect');
    await session.choose('hold');
    await vi.waitFor(() => expect(l.api.GetValue('cmi.interactions._count')).toBe('2'));
    const get = (n: number, f: string) => l.api.GetValue(`cmi.interactions.${n}.${f}`);
    expect([0, 1].map((n) => [get(n, 'id'), get(n, 'type'), get(n, 'learner_response')])).toEqual([
      [`urn:balint-rehearsal:${script.id}:ask`, 'choice', 'protect'],
      [`urn:balint-rehearsal:${script.id}:discuss`, 'choice', 'hold'],
    ]);
    for (const n of [0, 1]) {
      expect(get(n, 'timestamp')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/);
      expect(get(n, 'latency')).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
      expect(get(n, 'correct_responses._count')).toBe('0');
    }
    expect(get(1, 'description')).toBe('Branching fixture, decision 2: Hold the silence.');
    expect(l.calls.some((c) => /^cmi\.interactions\.\d+\.(result|correct_responses)/.test(c[1] ?? ''))).toBe(false);
  });

  it('after a resume, reports only the choices the LMS does not hold yet', async () => {
    const first = lms();
    const { session } = await launch(first);
    await session.choose('wait');
    await vi.waitFor(() => expect(first.api.GetValue('cmi.interactions._count')).toBe('1'));
    const held = { id: first.api.GetValue('cmi.interactions.0.id'), type: 'choice', learner_response: 'wait' };
    const l = lms({ suspend_data: first.api.cmi.suspend_data, completion_status: 'incomplete', entry: 'resume', interactions: { '0': held } });
    const { session: again } = await launch(l, new MemoryRepository());
    await again.choose('rescue');
    await vi.waitFor(() => expect(l.api.cmi.completion_status).toBe('completed'));
    expect(l.api.GetValue('cmi.interactions._count')).toBe('2');
    expect(l.api.GetValue('cmi.interactions.1.learner_response')).toBe('rescue');
    expect(l.calls.filter((c) => /^cmi\.interactions\.\d+\.id$/.test(c[1] ?? '')).map((c) => c[1])).toEqual(['cmi.interactions.1.id']);
  });

  it('never sets a navigation request', async () => {
    const l = lms();
    const { rt, session } = await launch(l, undefined, { score: 'participation' });
    await session.choose('protect');
    await session.choose('hold');
    await vi.waitFor(() => expect(l.api.cmi.completion_status).toBe('completed'));
    rt.reflectionSaved(script.id);
    rt.finish();
    expect(l.calls.some((c) => c[1]?.startsWith('adl.nav'))).toBe(false);
  });
});
