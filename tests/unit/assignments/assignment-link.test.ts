import { describe, expect, it } from 'vitest';
import {
  MAX_MODULES,
  MAX_PAYLOAD_CHARS,
  assignmentId,
  assignmentLink,
  decodeAssignment,
  encodeAssignment,
  isCalendarDate,
} from '../../../src/assignments/assignment-link';
import { decodeBase64url, encodeBase64url } from '../../../src/assignments/base64url';
import { M1, M2, fakeAssignment, payloadOfJson } from '../instructor/fakes';
import { expectOwnWords } from '../security/own-words';
import { m } from '../../../src/i18n/messages';
import type { LinkProblem } from '../../../src/assignments/types';

/** A refusal's words, as the views show it. */
const reason = (r: { problem: LinkProblem }) => m.assignmentProblems.sentence(r.problem);

async function refused(payload: string) {
  const r = await decodeAssignment(payload);
  if (r.ok) throw new Error('expected the link to be refused');
  return r;
}

describe('assignment link', () => {
  it('round-trips a valid assignment through the link', async () => {
    const a = fakeAssignment();
    const r = await decodeAssignment(encodeAssignment(a));
    expect(r.ok && r.assignment).toEqual(a);
    expect(r.ok && r.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps an assignment without a due date or cohort', async () => {
    const a = fakeAssignment({ due: undefined, cohort: '' });
    const r = await decodeAssignment(encodeAssignment(a));
    expect(r.ok && r.assignment).toEqual({ ...a, due: undefined, cohort: '' });
    expect(r.ok && 'due' in r.assignment).toBe(false);
  });

  it('gives equal assignments the same id whatever the key order', async () => {
    const a = fakeAssignment();
    const shuffled = { modules: a.modules, feedback: a.feedback, due: a.due, cohort: a.cohort, title: a.title, v: a.v };
    const r = await decodeAssignment(payloadOfJson(shuffled));
    expect(r.ok && r.id).toBe(await assignmentId(a));
    expect(r.ok && r.payload).toBe(encodeAssignment(a));
  });

  it('builds the link on the app’s own address', () => {
    expect(assignmentLink('abc', { origin: 'https://app.example', pathname: '/balint/' })).toBe('https://app.example/balint/#/assignment/abc');
  });

  it('keeps script tags in text as text', async () => {
    const title = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const r = await decodeAssignment(encodeAssignment(fakeAssignment({ title })));
    expect(r.ok && r.assignment.title).toBe(title);
  });

  it('round-trips non-ASCII text through base64url', () => {
    const text = 'Kohorte Zürich – Übung ✓ 日本';
    const encoded = encodeBase64url(text);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeBase64url(encoded)).toBe(text);
  });

  it('refuses bad base64', async () => {
    expect((await refused('abc$%^')).kind).toBe('malformed');
    expect((await refused('a')).kind).toBe('malformed');
    expect((await refused('')).kind).toBe('malformed');
    expect((await refused(encodeBase64url('{"v":1,'))).kind).toBe('malformed');
  });

  it('refuses text that is not UTF-8 or not JSON', async () => {
    expect((await refused(btoa('\xff\xfe\xfd').replace(/=+$/, ''))).kind).toBe('malformed');
    expect((await refused(payloadOfJson('not json'))).kind).toBe('malformed');
    expect((await refused(payloadOfJson([1, 2]))).kind).toBe('malformed');
  });

  it('refuses a newer version with a clear message, and a missing version', async () => {
    const newer = await refused(payloadOfJson({ ...fakeAssignment(), v: 3 }));
    expect(newer.kind).toBe('version');
    expect(reason(newer)).toMatch(/newer version/);
    expect((await refused(payloadOfJson({ ...fakeAssignment(), v: undefined }))).kind).toBe('version');
    expect((await refused(payloadOfJson({ ...fakeAssignment(), v: '1' }))).kind).toBe('version');
  });

  it('refuses unknown keys, at the top and in modules', async () => {
    expect((await refused(payloadOfJson({ ...fakeAssignment(), returnUrl: 'https://evil.example' }))).kind).toBe('invalid');
    const modules = [{ id: M1, required: true, html: '<b>x</b>' }];
    expect((await refused(payloadOfJson({ ...fakeAssignment(), modules }))).kind).toBe('invalid');
  });

  it('refuses __proto__ and constructor keys without polluting prototypes', async () => {
    const a = JSON.stringify(fakeAssignment());
    const proto = await refused(payloadOfJson(a.replace('{', '{"__proto__":{"polluted":1},')));
    expect(reason(proto)).toMatch(/__proto__/);
    await refused(payloadOfJson(a.replace('{"id"', '{"constructor":{"prototype":{"polluted":1}},"id"')));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized payload before decoding it', async () => {
    const r = await refused('A'.repeat(MAX_PAYLOAD_CHARS + 1));
    expect(r.kind).toBe('too-long');
    expect(() => encodeAssignment(fakeAssignment({ title: 'x'.repeat(5000) }))).toThrow();
  });

  it('refuses an unknown module in words, never naming its id', async () => {
    const r = await refused(payloadOfJson(fakeAssignment({ modules: [{ id: 'no-such-module', required: true }] })));
    expect(r.kind).toBe('unknown-module');
    expect(reason(r)).toBe('This assignment names a module this app does not have. The link may be mistyped, or made for a newer version of the app.');
    expect(reason(r)).not.toContain('no-such-module');
  });

  it('refuses broken fields: empty title, long title, control characters, cohort charset', async () => {
    for (const bad of [
      { title: '   ' },
      { title: 'x'.repeat(121) },
      { title: 'Right\u202Eto left' },
      { title: 'line\nbreak' },
      { cohort: '<b>' },
      { cohort: 'x'.repeat(65) },
      { feedback: 'never' },
      { due: '2026-02-30' },
      { due: '31/12/2026' },
      { due: '2026-12-31T00:00:00Z' },
    ])
      expect((await refused(payloadOfJson({ ...fakeAssignment(), ...bad }))).kind).toBe('invalid');
  });

  it('refuses empty, duplicate, malformed and too many modules', async () => {
    expect(reason(await refused(payloadOfJson(fakeAssignment({ modules: [] }))))).toMatch(/no module/);
    expect(reason(await refused(payloadOfJson(fakeAssignment({ modules: [{ id: M1, required: true }, { id: M1, required: false }] }))))).toMatch(/twice/);
    expect((await refused(payloadOfJson({ ...fakeAssignment(), modules: [{ id: M2, required: 'yes' }] }))).kind).toBe('invalid');
    expect((await refused(payloadOfJson({ ...fakeAssignment(), modules: [{ id: '../../etc', required: true }] }))).kind).toBe('invalid');
    const many = Array.from({ length: MAX_MODULES + 1 }, (_, i) => ({ id: `m${i}`, required: true }));
    expect(reason(await refused(payloadOfJson({ ...fakeAssignment(), modules: many })))).toMatch(/more than/);
  });

  it('refuses a title with an invisible zero-width character, naming the character', async () => {
    const r = await refused(payloadOfJson(fakeAssignment({ title: 'Week\u200B1' })));
    expect(reason(r)).toBe('This assignment link is not valid: the title contains an invisible zero-width character.');
  });

  it('says a version no app wrote (-1, 1.5, 1e999) was changed, not that the link has no version', async () => {
    const json = JSON.stringify(fakeAssignment());
    const reasons = [];
    for (const version of ['-1', '1.5', '1e999']) {
      const r = await refused(payloadOfJson(json.replace('"v":1', `"v":${version}`)));
      expect(r.kind).toBe('version');
      reasons.push(reason(r));
    }
    expect(reasons).toEqual([
      'This assignment link is not valid: its version (-1) is not one Balint Rehearsal has ever written, so the link was changed or damaged.',
      'This assignment link is not valid: its version (1.5) is not one Balint Rehearsal has ever written, so the link was changed or damaged.',
      'This assignment link is not valid: its version is a number too large to be one Balint Rehearsal has ever written, so the link was changed or damaged.',
    ]);
    expectOwnWords(reasons);
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('0001-01-01')).toBe(false);
  });
});
