import { describe, expect, it } from 'vitest';
import { loadScript } from '../../../src/catalog/catalog';
import { detailsOf } from '../../../src/catalog/catalog-details';
import { assignmentId } from '../../../src/assignments/assignment-link';
import { learnerNameProblem, makeReceipt, receiptChecksum, receiptFileName, receiptText, type ReceiptInput } from '../../../src/assignments/receipt';
import { parseReceipt, readReceiptFile } from '../../../src/assignments/receipt-read';
import { cohortRows } from '../../../src/instructor/cohort';
import { canonicalJson } from '../../../src/storage/canonical-json';
import type { Script } from '../../../src/script/types';
import { fakeAttempt } from '../fakes';
import { M1, M2, fakeAssignment } from '../instructor/fakes';
import { m } from '../../../src/i18n/messages';

async function input(overrides: Partial<ReceiptInput> = {}): Promise<ReceiptInput> {
  const script = (await loadScript(M1))!;
  const withEvidence = script.scenes.flatMap((s) => s.choices.map((c) => ({ scene: s.id, c }))).filter((x) => x.c.evidence.length).slice(0, 3);
  const ending = Object.keys(detailsOf(M1)!.endingTitles)[0]!;
  const attempts = [
    fakeAttempt({
      moduleId: M1,
      scriptHash: script.hash,
      status: 'completed',
      endingId: ending,
      activeMs: 600_000,
      updatedAt: '2026-11-20T10:00:00.000Z',
      steps: withEvidence.map((x) => ({ type: 'choice' as const, scene: x.scene, choice: x.c.id, at: '2026-11-20T09:00:00.000Z' })),
    }),
    fakeAttempt({ moduleId: M2, status: 'active', activeMs: 60_000 }),
    fakeAttempt({ moduleId: 'not-assigned', status: 'completed', activeMs: 999_999 }),
  ];
  const assignment = fakeAssignment();
  return {
    assignment,
    assignmentId: await assignmentId(assignment),
    attempts,
    scripts: new Map<string, Script>([[M1, script]]),
    learner: '  Dr A. Learner ',
    now: new Date('2026-11-25T12:00:00.000Z'),
    appVersion: '0.1.0',
    ...overrides,
  };
}

describe('completion receipt', () => {
  it('states completion, endings, evidence, time and content hashes of the assigned modules only', async () => {
    const r = await makeReceipt(await input());
    expect(r.learner).toBe('Dr A. Learner');
    expect(r.complete).toBe(true);
    expect(r.modules.map((m) => [m.id, m.status])).toEqual([[M1, 'completed'], [M2, 'in-progress']]);
    expect(r.modules[0]!.endings[0]!.title).toBe(Object.values(detailsOf(M1)!.endingTitles)[0]!.title);
    expect(r.modules[0]!.contentHash).toBe(detailsOf(M1)!.hash);
    expect(r.modules[1]!.contentHash).toBe('abc123');
    expect(r.modules[0]!.firstCompletedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(r.activeMs).toBe(660_000);
    expect(r.competencies.length).toBeGreaterThan(0);
    expect(r.notes).toBeUndefined();
    expect(receiptFileName(r)).toBe('balint-receipt-balint-basics-week-1-dr-a-learner-2026-11-25.json');
  });

  it('round-trips through its file text', async () => {
    const r = await makeReceipt(await input());
    const read = await readReceiptFile(new Blob([receiptText(r)]));
    expect(read).toEqual({ ok: true, receipt: r });
  });

  it('includes notes only when some were ticked', async () => {
    const r = await makeReceipt(await input({ notes: [{ moduleId: M1, text: 'I wanted to rescue the presenter.' }] }));
    expect(r.notes).toEqual([{ moduleId: M1, text: 'I wanted to rescue the presenter.' }]);
    expect((await parseReceipt(receiptText(r))).ok).toBe(true);
  });

  it('is flagged as damaged when one byte of content changes', async () => {
    const text = receiptText(await makeReceipt(await input()));
    const changed = text.replace('Dr A. Learner', 'Dr B. Learner');
    expect(changed).not.toBe(text);
    const read = await parseReceipt(changed);
    expect(read).toMatchObject({ ok: false, flag: 'damaged' });
    expect(!read.ok && m.receiptProblems.reason(read.problem)).toMatch(/checksum does not match/);
    const cut = await parseReceipt(text.slice(0, -20));
    expect(cut).toMatchObject({ ok: false, flag: 'damaged' });
  });

  it('has a canonical checksum: the same whatever the layout and key order', async () => {
    const r = await makeReceipt(await input());
    const reordered = Object.fromEntries(Object.entries(r).reverse());
    expect(await receiptChecksum(reordered as never)).toBe(r.checksum);
    expect((await parseReceipt(JSON.stringify(reordered))).ok).toBe(true);
    const again = await makeReceipt(await input());
    expect(again.checksum).toBe(r.checksum);
    const { checksum: _c, ...body } = r;
    expect(canonicalJson(body)).not.toMatch(/\s"|":\s/);
  });

  it('refuses a learner name that is empty, too long or has control characters', async () => {
    expect(learnerNameProblem(' ')).toBeDefined();
    expect(learnerNameProblem('x'.repeat(81))).toBeDefined();
    expect(learnerNameProblem('a\u202Eb')).toBeDefined();
    await expect(makeReceipt(await input({ learner: '' }))).rejects.toThrow();
  });

  it('refuses hostile files: not JSON, __proto__, newer version, unknown keys, forged assignment id', async () => {
    const r = await makeReceipt(await input());
    const withKey = async (extra: Record<string, unknown>) => {
      const body = { ...r, ...extra, checksum: undefined };
      return parseReceipt(JSON.stringify({ ...body, checksum: await receiptChecksum(body as never) }));
    };
    expect(await parseReceipt('<html>')).toMatchObject({ ok: false, flag: 'damaged' });
    expect(await parseReceipt(receiptText(r).replace('{', '{"__proto__":{"polluted":1},'))).toMatchObject({ ok: false, flag: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await withKey({ version: 3 })).toMatchObject({ ok: false, problem: { code: 'newer-version', version: 3 } });
    expect(await withKey({ extra: 1 })).toMatchObject({ ok: false, flag: 'invalid' });
    expect(await withKey({ assignmentId: '0123456789abcdef' })).toMatchObject({ ok: false, problem: { code: 'assignment-id-mismatch' } });
    expect(await withKey({ modules: [r.modules[1], r.modules[0]] })).toMatchObject({ ok: false, problem: { code: 'modules-mismatch' } });
    expect(await withKey({ competencies: [...r.competencies, r.competencies[0]] })).toMatchObject({ ok: false, flag: 'invalid' });
    const twice = [{ ...r.modules[0]!, endings: [...r.modules[0]!.endings, ...r.modules[0]!.endings] }, r.modules[1]];
    expect(await withKey({ modules: twice })).toMatchObject({ ok: false, flag: 'invalid' });
    expect(await readReceiptFile(new Blob([new Uint8Array(2 * 1024 * 1024)]))).toMatchObject({ ok: false, flag: 'invalid' });
    expect(await readReceiptFile(new Blob([new Uint8Array([0xff, 0xfe])]))).toMatchObject({ ok: false, flag: 'damaged' });
  });

  it('keeps markup in the learner name as text', async () => {
    const r = await makeReceipt(await input({ learner: '<img src=x onerror=alert(1)>' }));
    const read = await parseReceipt(receiptText(r));
    expect(read.ok && read.receipt.learner).toBe('<img src=x onerror=alert(1)>');
  });

  it('names the content hash of the version played, so another version of a case file shows', async () => {
    const script = (await loadScript(M1))!;
    const caseScript: Script = { ...script, id: 'own-case', title: 'Own case', hash: 'feedc0de00000000' };
    const assignment = fakeAssignment({ v: 2, modules: [{ id: 'own-case', required: true, caseFile: { hash: 'feedc0de00000000', title: 'Own case (assigned)' } }] });
    const ending = script.scenes.find((s) => s.ending)!.id;
    const r = await makeReceipt(
      await input({
        assignment,
        assignmentId: await assignmentId(assignment),
        attempts: [fakeAttempt({ moduleId: 'own-case', scriptHash: 'beefbeef00000000', status: 'completed', endingId: ending })],
        scripts: new Map([['own-case', caseScript]]),
      }),
    );
    expect(r.modules).toHaveLength(1);
    expect(r.modules[0]).toMatchObject({ id: 'own-case', title: 'Own case (assigned)', contentHash: 'beefbeef00000000', status: 'completed' });
    expect(r.modules[0]!.endings[0]!.title).toBe(script.scenes.find((s) => s.ending)!.ending!.title);
    const rows = cohortRows([{ ok: true, fileName: 'r.json', receipt: r }]);
    expect(rows[0]!.otherVersions).toEqual(['Own case (assigned)']);
  });

  it('carries each ending’s title and kind, never a ranked outcome (receipt version 2)', async () => {
    const r = await makeReceipt(await input());
    expect(r.version).toBe(2);
    const [id, { title, kind }] = Object.entries(detailsOf(M1)!.endingTitles)[0]!;
    expect(r.modules[0]!.endings).toEqual([{ id, title, ...(kind ? { kind } : {}) }]);
    expect(receiptText(r)).not.toMatch(/"outcome"|"strong"|"mixed"|"difficult"/);
  });

  it('still imports a version 1 receipt, ignoring the ranked outcome of its endings', async () => {
    const v2 = await makeReceipt(await input());
    const { checksum: _c, ...body } = v2;
    const v1Body = {
      ...body,
      version: 1,
      modules: body.modules.map((m) => ({ ...m, endings: m.endings.map((e) => ({ id: e.id, title: e.title, outcome: 'difficult' })) })),
    };
    const v1 = { ...v1Body, checksum: await receiptChecksum(v1Body as never) };
    const read = await parseReceipt(JSON.stringify(v1));
    expect(read.ok).toBe(true);
    const receipt = read.ok ? read.receipt : undefined;
    expect(receipt?.version).toBe(1);
    expect(receipt?.modules[0]!.endings).toEqual(v2.modules[0]!.endings.map((e) => ({ id: e.id, title: e.title })));
    expect(JSON.stringify(receipt)).not.toContain('difficult');
    expect(cohortRows([{ ok: true, fileName: 'old.json', receipt: receipt! }])[0]!.cells[0]!.endings).toEqual(receipt?.modules[0]!.endings);
  });

  it('refuses an outcome in a version 2 receipt and a kind in a version 1 receipt', async () => {
    const r = await makeReceipt(await input());
    const signed = async (body: Record<string, unknown>) => parseReceipt(JSON.stringify({ ...body, checksum: await receiptChecksum(body as never) }));
    const { checksum: _c, ...body } = r;
    const withEnding = (version: number, ending: Record<string, unknown>) => ({ ...body, version, modules: [{ ...body.modules[0]!, endings: [ending] }, body.modules[1]] });
    expect(await signed(withEnding(2, { id: 'x', title: 'X', outcome: 'strong' }))).toMatchObject({ ok: false, flag: 'invalid' });
    expect(await signed(withEnding(2, { id: 'x', title: 'X', kind: 'Not An Id' }))).toMatchObject({ ok: false, flag: 'invalid' });
    expect(await signed(withEnding(1, { id: 'x', title: 'X', kind: 'settled-on-advice' }))).toMatchObject({ ok: false, flag: 'invalid' });
    expect(await signed(withEnding(1, { id: 'x', title: 'X', outcome: 'great' }))).toMatchObject({ ok: false, flag: 'invalid' });
    expect(await signed(withEnding(2, { id: 'x', title: 'X', kind: 'settled-on-advice' }))).toMatchObject({ ok: true });
  });
});
