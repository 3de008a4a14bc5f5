/**
 * Hostile receipts (issue 15, findings 8 and 9): each one changes one thing in a valid receipt and
 * signs it again (anyone can recompute the checksum), and each is refused with a reason that names
 * the problem, not only the place, in the app's own words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receiptChecksum, receiptText } from '../../../src/assignments/receipt';
import { parseReceipt, readReceiptFile } from '../../../src/assignments/receipt-read';
import type { Receipt } from '../../../src/assignments/types';
import { expectOwnWords } from '../security/own-words';
import { fakeAssignment } from '../instructor/fakes';
import { m } from '../../../src/i18n/messages';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A small valid receipt: two built-in modules, the first completed (tests/fixtures/hostile/receipt-body.json). */
async function validReceipt(): Promise<Receipt> {
  const { body } = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/hostile/receipt-body.json'), 'utf8')) as { body: Omit<Receipt, 'checksum'> };
  return { ...body, checksum: await receiptChecksum(body) };
}

/** The valid receipt changed by `edit`, its checksum recomputed. */
async function signed(edit: (r: Json) => void): Promise<string> {
  const r = JSON.parse(JSON.stringify(await validReceipt())) as Json;
  edit(r);
  r.checksum = await receiptChecksum(r as never);
  return JSON.stringify(r);
}

/** The reason a receipt text is refused (fails the test when it is accepted). */
async function refusal(text: string | Promise<string>): Promise<string> {
  const read = await parseReceipt(await text);
  if (read.ok) throw new Error('the receipt was accepted');
  expectOwnWords([m.receiptProblems.reason(read.problem)]);
  expect(m.receiptProblems.reason(read.problem)).not.toMatch(/Invalid|expected content/);
  return m.receiptProblems.reason(read.problem);
}

describe('hostile receipts are refused with the problem named', () => {
  it('the control receipt reads', async () => {
    expect((await parseReceipt(receiptText(await validReceipt()))).ok).toBe(true);
  });

  it.each([
    ['a right-to-left override in the learner’s name', (r: Json) => (r.learner = 'Ana \u202Eevil'), 'the learner’s name contains a hidden direction-changing character'],
    ['NUL in the learner’s name', (r: Json) => (r.learner = 'Ana\u0000'), 'the learner’s name contains a NUL character (an invisible control character)'],
    ['a zero-width space in a module title', (r: Json) => (r.modules[0].title = 'Mod\u200Bule'), 'the title of module 1 contains an invisible zero-width character'],
    ['a direction isolate in an ending title', (r: Json) => (r.modules[0].endings[0].title = 'Held \u2067x'), 'the title of ending 1 of module 1 contains a hidden direction-changing character'],
    ['a zero-width joiner in the assignment title', (r: Json) => (r.assignment.title = 'Week\u200D1'), 'the title of its assignment contains an invisible zero-width character'],
    ['a completion time of 30 February', (r: Json) => (r.modules[0].firstCompletedAt = '2026-02-30T10:00:00.000Z'), 'the time module 1 was first completed (2026-02-30) is not a real date'],
    ['a receipt made at 24:00', (r: Json) => (r.createdAt = '2026-11-25T24:00:00.000Z'), 'the time the receipt was made (2026-11-25 at 24:00) is not a real time'],
    ['a receipt made “yesterday”', (r: Json) => (r.createdAt = 'yesterday'), 'the time the receipt was made is not a date and time as this app writes them'],
    ['a receipt without a learner', (r: Json) => delete r.learner, 'the learner’s name is missing'],
    ['a module status no app writes', (r: Json) => (r.modules[0].status = 'hacked'), 'the status of module 1 is not one of the values this app writes'],
    ['a field no receipt has', (r: Json) => (r.grade = 'A'), 'it holds a field no receipt has (“grade”)'],
    ['an ending listed twice', (r: Json) => r.modules[0].endings.push(r.modules[0].endings[0]), 'the list of endings of module 1 names the same ending twice'],
    ['receipt version -1', (r: Json) => (r.version = -1), 'its receipt version (-1) is not one this app has ever written, so it was changed or damaged'],
  ])('%s', async (_name, edit, reason) => {
    expect(await refusal(signed(edit))).toBe(reason);
  });

  it('a receipt version of 1e999 is a number too large to be real, not a missing version', async () => {
    const text = (await signed(() => undefined)).replace('"version":2', '"version":1e999');
    expect(await refusal(text)).toBe('it holds a number too large to be real');
  });

  it('a case file in the receipt’s assignment that takes a built-in module’s id', async () => {
    const reason = await refusal(signed((r) => (r.assignment = { ...fakeAssignment(), v: 2, modules: [{ id: 'first-group', required: true, caseFile: { hash: 'feedc0de', title: 'Impostor' } }, r.assignment.modules[1]] })));
    expect(reason).toBe('its assignment names a case file with the id of a module built into Balint Rehearsal (“first-group”), so it cannot be told apart from that module');
  });

  it('a receipt re-saved as UTF-16 is named as such', async () => {
    const text = receiptText(await validReceipt());
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const read = await readReceiptFile(new Blob([bytes]));
    expect(read).toMatchObject({ ok: false, flag: 'damaged', problem: { code: 'utf16' } });
    if (!read.ok) expect(m.receiptProblems.reason(read.problem)).toMatch(/^it was saved as UTF-16 text, but receipts from this app are UTF-8/);
  });
});
