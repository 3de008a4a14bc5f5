/**
 * The short assignment link (format 3): old JSON links keep working, the short one is much
 * shorter, and a hostile short link meets the same checks as a JSON one.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assignmentId, decodeAssignment, encodeAssignment } from '../../../src/assignments/assignment-link';
import { encodeBase64urlBytes } from '../../../src/assignments/base64url';
import { CATALOGUE_INDEX, CATALOGUE_VERSION } from '../../../src/assignments/catalogue-index';
import { MAX_INFLATED_BYTES } from '../../../src/assignments/compact-link';
import { summaries } from '../../../src/catalog/catalog';
import { qrImage } from '../../../src/instructor/qr';
import { M1, fakeAssignment, payloadOfJson } from '../instructor/fakes';
import { expectOwnWords } from '../security/own-words';
import { m } from '../../../src/i18n/messages';
import type { LinkProblem } from '../../../src/assignments/types';

/** A refusal's words, as the views show it. */
const reason = (r: { problem: LinkProblem }) => m.assignmentProblems.sentence(r.problem);

/** A format 3 payload of any JSON value, as a hostile link would carry it. */
const shortOf = (value: unknown) => '3' + encodeBase64urlBytes(deflateSync(new TextEncoder().encode(JSON.stringify(value))));
const five = fakeAssignment({ modules: summaries.slice(0, 5).map((s, i) => ({ id: s.id, required: i < 4 })) });

async function refused(payload: string) {
  const r = await decodeAssignment(payload);
  if (r.ok) throw new Error('expected the link to be refused');
  return r;
}

describe('short assignment link', () => {
  it('writes the short format and reads it back as the same assignment, with the same id', async () => {
    const payload = encodeAssignment(five);
    expect(payload).toMatch(/^3[A-Za-z0-9_-]+$/);
    const r = await decodeAssignment(payload);
    expect(r.ok && r.assignment).toEqual(five);
    expect(r.ok && r.id).toBe(await assignmentId(five));
  });

  it('still reads an old JSON link, with the same id as the short one', async () => {
    const r = await decodeAssignment(payloadOfJson(five));
    expect(r.ok && r.assignment).toEqual(five);
    expect(r.ok && r.id).toBe(await assignmentId(five));
    expect(r.ok && r.payload).toBe(encodeAssignment(five));
  });

  it('makes a five-module link under a third of the old length, in a small QR code', () => {
    const old = payloadOfJson(five).length;
    const short = encodeAssignment(five).length;
    expect(short * 3).toBeLessThan(old);
    const link = `https://balint.example.org/rehearsal/#/assignment/${encodeAssignment(five)}`;
    expect(qrImage(link)!.size - 8).toBeLessThanOrEqual(45); // version 7 or lower (45 modules a side)
  });

  it('carries case files, with their hash and title', async () => {
    const a = fakeAssignment({ v: 2, modules: [{ id: M1, required: true }, { id: 'my-case', required: false, caseFile: { hash: 'abcdef0123', title: 'My case' } }] });
    const r = await decodeAssignment(encodeAssignment(a));
    expect(r.ok && r.assignment).toEqual(a);
  });

  it('lists every built-in module in the newest catalogue version', () => {
    const list = CATALOGUE_INDEX[CATALOGUE_VERSION]!;
    expect(summaries.map((s) => s.id).filter((id) => !list.includes(id))).toEqual([]);
    expect(new Set(list).size).toBe(list.length);
  });

  it('refuses bad dates, characters and fields in a short link as in a JSON one', async () => {
    const base = [1, 'Week 1', 'GP', '2030-12-31', 0, [1, 3]];
    const bad: unknown[][] = [
      [1, 'Week 1', 'GP', '2026-02-30', 0, [1]],
      [1, 'Right\u202Eto left', 'GP', '', 0, [1]],
      [1, 'Week 1', '<b>', '', 0, [1]],
      [1, '', 'GP', '', 0, [1]],
      [1, 'Week 1', 'GP', '', 2, [1]],
      [1, 'Week 1', 'GP', '', 0, []],
      [1, 'Week 1', 'GP', '', 0, [1, 1]],
      [1, 'Week 1', 'GP', '', 0, [{ id: M1 }]],
      [1, 'Week 1', 'GP', '', 0, [[M1, 1, 'abcdef0123', 'Passes for a built-in module']]],
      [1, 'Week 1', 'GP', '', 0, [['../../etc', 1, 'abcdef0123', 'x']]],
      base.slice(0, 5),
      { v: 1 } as unknown as unknown[],
    ];
    expect((await decodeAssignment(shortOf(base))).ok).toBe(true);
    const reasons: string[] = [];
    for (const value of bad) {
      const r = await refused(shortOf(value));
      expect(r.kind).toBe('invalid');
      reasons.push(reason(r));
    }
    expectOwnWords(reasons);
  });

  it('refuses a module number no module has, however large', async () => {
    const list = CATALOGUE_INDEX[CATALOGUE_VERSION]!;
    for (const n of [list.length * 2, 2 ** 33, -1, 1.5]) expect((await refused(shortOf([1, 'Week 1', '', '', 0, [n]]))).kind).toBe('unknown-module');
  });

  it('refuses a newer module list version with a clear message', async () => {
    const r = await refused(shortOf([CATALOGUE_VERSION + 1, 'Week 1', '', '', 0, [1]]));
    expect(r.kind).toBe('version');
    expect(reason(r)).toMatch(/newer version of Balint Rehearsal/);
    expect((await refused(shortOf([0, 'Week 1', '', '', 0, [1]]))).kind).toBe('invalid');
  });

  it('refuses damaged data and a link that unpacks too far', async () => {
    expect((await refused('3')).kind).toBe('malformed');
    expect((await refused('3abc$')).kind).toBe('malformed');
    expect((await refused('3' + encodeBase64urlBytes(new Uint8Array([1, 2, 3, 4, 5])))).kind).toBe('malformed');
    expect((await refused('3' + encodeBase64urlBytes(deflateSync(new TextEncoder().encode('not json'))))).kind).toBe('malformed');
    const bomb = '3' + encodeBase64urlBytes(deflateSync(new Uint8Array(MAX_INFLATED_BYTES * 100).fill(32)));
    expect((await refused(bomb)).kind).toBe('too-long');
  });
});
