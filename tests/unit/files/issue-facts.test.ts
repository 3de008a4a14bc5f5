/**
 * A schema problem is read into data (where, and a code for what) and only the catalogue words it:
 * the reader returns no sentence, and the words never carry a validation library's wording.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { issueFacts } from '../../../src/files/issue-facts';
import { receiptIssue } from '../../../src/assignments/receipt-issue';
import { m } from '../../../src/i18n/messages';
import { isoTime, safeText } from '../../../src/storage/text-checks';

const Record = v.strictObject({ title: safeText(5), at: isoTime, n: v.pipe(v.number(), v.integer()) });
const first = (value: unknown) => v.safeParse(Record, value).issues?.[0];

describe('schema problems are codes and data, worded by the catalogue', () => {
  it('reads the app’s own check as a code with its limit, and the path cut to a place', () => {
    const facts = issueFacts(first({ title: 'far too long', at: '2026-11-25T10:00:00.000Z', n: 1 }));
    expect(facts).toEqual({ code: 'wrong', path: 'title', wrong: { code: 'check', check: 'too-long', limit: 5 } });
    expect(m.schemaProblems.issue(facts, 'backup')).toBe('"title" is longer than 5 characters');
  });

  it('reads a library check by its kind, never by its message', () => {
    const facts = issueFacts(first({ title: 'ok', at: '2026-11-25T10:00:00.000Z', n: 1.5 }));
    expect(facts).toEqual({ code: 'wrong', path: 'n', wrong: { code: 'not-whole' } });
    expect(m.schemaProblems.issue(facts, 'attempt')).toBe('"n" should be a whole number');
  });

  it('names a field no record has and a missing one', () => {
    expect(m.schemaProblems.issue(issueFacts(first({ title: 'ok', at: '2026-11-25T10:00:00.000Z', n: 1, grade: 'A' })), 'reflection')).toBe('"grade" is a field no reflection has');
    expect(m.schemaProblems.issue(issueFacts(first({ title: 'ok', n: 1 })), 'reflection')).toBe('"at" is missing');
  });

  it('names a receipt’s part as a person would, with 1-based positions', () => {
    const issue = { kind: 'validation', type: 'string', input: 3, expected: 'string', received: '3', message: 'Invalid type', path: [
      { type: 'object', origin: 'value', input: {}, key: 'modules', value: [] },
      { type: 'array', origin: 'value', input: [], key: 1, value: {} },
      { type: 'object', origin: 'value', input: {}, key: 'title', value: 3 },
    ] } as unknown as v.BaseIssue<unknown>;
    const facts = receiptIssue(issue);
    expect(facts).toEqual({ code: 'wrong', field: { part: 'module-title', at: [2] }, wrong: { code: 'not-text' } });
    expect(m.receiptProblems.issue(facts)).toBe('the title of module 2 should be text');
  });
});
