/** Assignments that include case files (an instructor's own scripts): link version 2. */
import { describe, expect, it } from 'vitest';
import { assignmentId, decodeAssignment, encodeAssignment } from '../../../src/assignments/assignment-link';
import type { AssignedModule, LinkProblem } from '../../../src/assignments/types';
import { M1, fakeAssignment, payloadOfJson } from './fakes';
import { m } from '../../../src/i18n/messages';

/** A refusal's words, as the views show it. */
const reason = (r: { problem: LinkProblem }) => m.assignmentProblems.sentence(r.problem);

const caseFile: AssignedModule = { id: 'own-night-shift', required: true, caseFile: { hash: '0123456789abcdef', title: 'The night shift' } };

async function refused(payload: string) {
  const r = await decodeAssignment(payload);
  if (r.ok) throw new Error('expected the link to be refused');
  return r;
}

describe('assignment link with case files', () => {
  it('round-trips a case file module with its hash and title, written as version 2', async () => {
    const a = fakeAssignment({ modules: [{ id: M1, required: true }, caseFile] });
    const r = await decodeAssignment(encodeAssignment(a));
    if (!r.ok) throw new Error(reason(r));
    expect(r.assignment.v).toBe(2);
    expect(r.assignment.modules).toEqual([{ id: M1, required: true }, caseFile]);
  });

  it('writes an assignment without case files as version 1, with the same id as before', async () => {
    const a = fakeAssignment();
    const r = await decodeAssignment(encodeAssignment({ ...a, v: 2 }));
    if (!r.ok) throw new Error(reason(r));
    expect(r.assignment.v).toBe(1);
    expect(r.id).toBe(await assignmentId({ ...a, v: 1 }));
  });

  it('refuses a case file entry in a version-1 link', async () => {
    const r = await refused(payloadOfJson({ ...fakeAssignment({ modules: [caseFile] }), v: 1 }));
    expect(reason(r)).toMatch(/fields no assignment has/);
  });

  it('refuses a version-2 link that names no case file', async () => {
    expect(reason(await refused(payloadOfJson({ ...fakeAssignment(), v: 2 })))).toMatch(/says it has case files but names none/);
  });

  it('refuses a case file with the id of a built-in module', async () => {
    const r = await refused(payloadOfJson({ ...fakeAssignment({ modules: [{ ...caseFile, id: M1 }] }), v: 2 }));
    expect(reason(r)).toMatch(/case file with the id of a built-in module/);
  });

  it('refuses a case file whose hash is not a content hash, or whose title is empty, too long or has control characters', async () => {
    for (const bad of [{ hash: 'javascript:alert(1)', title: 'x' }, { hash: 'abcdef0123', title: ' ' }, { hash: 'abcdef0123', title: 'x'.repeat(121) }, { hash: 'abcdef0123', title: 'a\u202Eb' }]) {
      const r = await refused(payloadOfJson({ ...fakeAssignment({ modules: [{ ...caseFile, caseFile: bad }] }), v: 2 }));
      expect(r.kind).toBe('invalid');
    }
  });

  it('refuses unknown keys in a case file entry, such as a URL to fetch it from', async () => {
    const r = await refused(payloadOfJson({ ...fakeAssignment({ modules: [{ ...caseFile, caseFile: { ...caseFile.caseFile!, url: 'https://evil.example/case.md' } as never }] }), v: 2 }));
    expect(reason(r)).toMatch(/case file entry has fields no assignment has/);
  });

  it('keeps markup in a case file title as text', async () => {
    const title = '<img src=x onerror=alert(1)>';
    const r = await decodeAssignment(encodeAssignment(fakeAssignment({ modules: [{ ...caseFile, caseFile: { hash: 'abcdef0123', title } }] })));
    expect(r.ok && r.assignment.modules[0]!.caseFile!.title).toBe(title);
  });
});
