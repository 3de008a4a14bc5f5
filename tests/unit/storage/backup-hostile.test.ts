/**
 * Damaged and hostile backup files. Each is read and, only if accepted, restored exactly as the
 * Settings page does; each must be refused with its own reason, leave the stored data unchanged,
 * and pollute no prototype. Text that merely looks like HTML is valid text: it is accepted and
 * stored verbatim (views show it with text interpolation, never {@html}). The number of inputs
 * tried is printed at the end (SHOW_REASONS=1 also prints each input's reason).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, checksumOf, makeEnvelope } from '../../../src/storage/backup';
import { readBackupFile } from '../../../src/storage/backup-read';
import { restoreBackup } from '../../../src/storage/backup-restore';
import { DexieRepository } from '../../../src/storage/dexie-repository';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import type { ProgressRepository } from '../../../src/storage/repository';
import { fakeAttempt, fakeLibraryScript, fakeReflection } from '../fakes';
import { sampleData } from './backup-samples';
import { m } from '../../../src/i18n/messages';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Input = string | Uint8Array | Blob;

const env = await makeEnvelope(sampleData(), new Date('2026-11-25T15:00:00.000Z'));
const text = JSON.stringify(env);

/** The backup changed by `edit`, with its checksum recomputed (a careful forger, or a buggy app). */
async function signed(edit: (e: Json) => void): Promise<string> {
  const e = JSON.parse(text) as Json;
  edit(e);
  e.checksum = await checksumOf(e as never);
  return JSON.stringify(e);
}
/** The backup with its first `from` replaced by `to`, checksum untouched. */
function changed(from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
  return text.replace(from, to);
}
const first = (e: Json) => e.data.attempts[0] as Json;
/** The text as UTF-16 (little-endian, with a byte-order mark), as some editors re-save files. */
function utf16le(t: string): Uint8Array {
  const out = new Uint8Array(2 + t.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < t.length; i++) {
    out[2 + i * 2] = t.charCodeAt(i) & 0xff;
    out[3 + i * 2] = t.charCodeAt(i) >> 8;
  }
  return out;
}
const step = { type: 'continue', scene: 'ask', at: '2026-11-25T10:00:00.000Z' };

const refused: Array<[string, () => Input | Promise<Input>, RegExp]> = [
  ['truncated to half', () => text.slice(0, text.length / 2), /not complete JSON/],
  ['last character cut off', () => text.slice(0, -1), /not complete JSON/],
  ['empty file', () => '', /empty/],
  ['only whitespace', () => '  \n', /not complete JSON/],
  ['plain text', () => 'my progress', /not complete JSON/],
  ['bytes that are not UTF-8', () => new Uint8Array([0xff, 0xfe, 0x7b, 0x80]), /not a text file/],
  ['a JSON list', () => '[]', /not a Balint Rehearsal backup/],
  ['JSON null', () => 'null', /not a Balint Rehearsal backup/],
  ['a JSON string', () => '"balint-rehearsal-backup"', /not a Balint Rehearsal backup/],
  ['another format', () => signed((e) => (e.format = 'other-app-backup')), /not a Balint Rehearsal backup/],
  ['no format', () => signed((e) => delete e.format), /not a Balint Rehearsal backup/],
  ['a newer version', () => signed((e) => (e.version = 5)), /newer version of the app \(backup version 5\)/],
  ['version 0', () => signed((e) => (e.version = 0)), /backup version \(0\) is not one this app has ever written/],
  ['version -1', () => signed((e) => (e.version = -1)), /backup version \(-1\) is not one this app has ever written/],
  ['version 1e999', () => text.replace('"version":4', '"version":1e999'), /a number too large to be real/],
  ['a backup saved as UTF-16', () => utf16le(text), /saved as UTF-16 text, but backups from this app are UTF-8/],
  ['an attempt started on 30 February', () => signed((e) => (first(e).startedAt = '2026-02-30T10:00:00.000Z')), /attempt 1 is not a valid attempt \("startedAt" is not a real date and time\)/],
  ['an attempt updated at a time that is not a date', () => signed((e) => (first(e).updatedAt = 'yesterday')), /attempt 1 is not a valid attempt \("updatedAt" is not a real date and time\)/],
  ['a backup made at 24:00', () => signed((e) => (e.exportedAt = '2026-11-25T24:00:00.000Z')), /"exportedAt" is not a real date and time/],
  ['a case file whose title reverses the text around it', () => signed((e) => (e.data.library[0].title = 'Safe \u202Eelif_live')), /case file 1 is not a valid case file \("title" holds control, direction or invisible characters\)/],
  ['a case file whose title hides a zero-width character', () => signed((e) => (e.data.library[0].title = 'Sa\u200Bfe')), /"title" holds control, direction or invisible characters/],
  ['a case file whose title holds NUL', () => signed((e) => (e.data.library[0].title = 'Safe\u0000')), /"title" holds control, direction or invisible characters/],
  ['version as text', () => signed((e) => (e.version = '1')), /does not say which backup version/],
  ['version 1.5', () => signed((e) => (e.version = 1.5)), /backup version \(1.5\) is not one this app has ever written/],
  ['no version', () => signed((e) => delete e.version), /does not say which backup version/],
  ['a checksum of other content', () => JSON.stringify({ ...env, checksum: `sha256:${'0'.repeat(64)}` }), /checksum does not match/],
  ['no checksum', () => JSON.stringify({ ...env, checksum: undefined }), /no valid checksum/],
  ['a checksum of another kind', () => JSON.stringify({ ...env, checksum: `md5:${'0'.repeat(32)}` }), /no valid checksum/],
  ['one byte changed in an attempt', () => changed('"sceneId":"open"', '"sceneId":"opem"'), /checksum does not match/],
  ['one byte changed in the export time', () => changed('"exportedAt":"2026-11-25T15', '"exportedAt":"2026-11-25T16'), /checksum does not match/],
  ['one byte changed in the settings', () => changed('"pace":"instant"', '"pace":"instanT"'), /checksum does not match/],
  ['one digit changed in a number', () => changed('"safety":70', '"safety":71'), /checksum does not match/],
  ['an unknown top-level field', () => signed((e) => (e.extra = true)), /expected content \("extra"/],
  ['an unknown data section', () => signed((e) => (e.data.notes = [])), /expected content \("data.notes"/],
  ['a version-1 file with a version-2 section', () => signed((e) => ((e.version = 1), (e.data.reflections = []))), /says it is backup version 1 but holds sections that only later versions have/],
  ['a version-2 file with set-aside records', () => signed((e) => ((e.version = 2), (e.data.setAside = []))), /says it is backup version 2 but holds sections that only later versions have/],
  ['a set-aside record of an unknown kind', () => signed((e) => (e.data.setAside = [{ schema: 1, kind: 'password', id: 'x', reason: 'unreadable', record: null }])), /set-aside record 1 is not a valid set-aside record \("kind" is not one of the values this app writes\)/],
  ['two set-aside records with one id', () => signed((e) => (e.data.setAside = [1, 2].map((n) => ({ schema: 1, kind: 'attempt', id: 'x', reason: 'unreadable', record: n })))), /two set-aside records have the same id "attempt x"/],
  ['a reflection with an unknown field', () => signed((e) => (e.data.reflections = [{ ...fakeReflection('a'), shared: true }])), /reflection 1 is not a valid reflection \("shared"/],
  ['a reflection longer than any', () => signed((e) => (e.data.reflections = [fakeReflection('a', { text: 'x'.repeat(10_001) })])), /reflection 1 is not a valid reflection \("text"/],
  ['two reflections on one attempt', () => signed((e) => (e.data.reflections = [fakeReflection('a'), fakeReflection('a')])), /two reflections have the same id "a"/],
  ['a case file with a path for an id', () => signed((e) => (e.data.library = [{ ...fakeLibraryScript(), id: '../../etc' }])), /case file 1 is not a valid case file \("id"/],
  ['a case file larger than the limit', () => signed((e) => (e.data.library = [fakeLibraryScript({ source: 'x'.repeat(600_000) })])), /text of 600,000 characters/],
  ['a long text outside a case file source', () => signed((e) => (e.data.reflections = [fakeReflection('a', { moduleId: 'x'.repeat(200_000) })])), /text of 200,000 characters/],
  ['a case file with compiled code', () => signed((e) => (e.data.library = [{ ...fakeLibraryScript(), compiled: { html: '<script>' } }])), /case file 1 is not a valid case file \("compiled"/],
  ['201 case files', () => signed((e) => (e.data.library = Array.from({ length: 201 }, (_, i) => fakeLibraryScript({ id: `c${i}` })))), /expected content \("data.library"/],
  ['an assignment with markup for a payload', () => signed((e) => (e.data.assignments = [{ schema: 1, id: '0123456789abcdef', payload: '<svg onload=alert(1)>', addedAt: '2026-11-25T10:00:00.000Z' }])), /saved assignment 1 is not a valid saved assignment \("payload"/],
  ['an unknown field in an attempt', () => signed((e) => (first(e).isAdmin = true)), /attempt 1 is not a valid attempt \("isAdmin"/],
  ['an unknown field in the settings', () => signed((e) => (e.data.settings.theme = 'dark')), /expected content \("data.settings.theme"/],
  ['__proto__ at the top', () => `{"__proto__":{"polluted":"yes"},${text.slice(1)}`, /field named "__proto__"/],
  ['__proto__ deep in a snapshot', () => changed('"historyValue":{}', '"historyValue":{"__proto__":{"polluted":"yes"}}'), /field named "__proto__"/],
  ['__proto__ written with a Unicode escape', () => `{"\\u005f_proto__":{"polluted":"yes"},${text.slice(1)}`, /field named "__proto__"/],
  ['constructor.prototype', () => `{"constructor":{"prototype":{"polluted":"yes"}},${text.slice(1)}`, /field named "constructor"/],
  ['prototype as a climate variable', () => changed('"climate":{"safety":70}', '"climate":{"prototype":70}'), /field named "prototype"/],
  ['a list of 10^6 attempts', () => signed((e) => (e.data.attempts = new Array(1e6).fill(0))), /list of 1,000,000 items/],
  ['a list of 10^6 items in a snapshot', () => signed((e) => (first(e).snapshot = new Array(1e6).fill(1))), /list of 1,000,000 items/],
  ['more attempts than a backup holds', () => signed((e) => (e.data.attempts = new Array(10_001).fill({}))), /expected content \("data.attempts"/],
  ['a file just over 20 MB', () => new Blob([new Uint8Array(MAX_BACKUP_BYTES + 1)]), /larger than 20 MB/],
  ['a 100 MB file', () => new Blob([new Uint8Array(100 * 1024 * 1024)]), /larger than 20 MB/],
  ['lists nested 10^5 deep', () => `${'['.repeat(1e5)}${']'.repeat(1e5)}`, /nested 64 levels deep/],
  ['objects nested 100 deep in a snapshot', () => changed('"historyValue":{}', `"historyValue":${'{"a":'.repeat(100)}1${'}'.repeat(100)}`), /nested 64 levels deep/],
  ['a text of 200000 characters', () => signed((e) => (first(e).snapshot = 'x'.repeat(200_000))), /text of 200,000 characters/],
  ['a number too large to be real', () => changed('"safety":70', '"safety":1e999'), /number too large/],
  ['an attempt with an unknown status', () => signed((e) => (first(e).status = 'hacked')), /attempt 1 is not a valid attempt \("status"/],
  ['an attempt without an id', () => signed((e) => delete first(e).id), /attempt 1 is not a valid attempt \("id"/],
  ['an attempt with 6000 steps', () => signed((e) => (first(e).steps = new Array(6000).fill(step))), /attempt 1 is not a valid attempt \("steps"/],
  ['an attempt with negative play time', () => signed((e) => (first(e).activeMs = -5)), /attempt 1 is not a valid attempt \("activeMs"/],
  ['an attempt of another record version', () => signed((e) => (first(e).schema = 2)), /attempt 1 is not a valid attempt \("schema"/],
  ['an attempt that is only text', () => signed((e) => (e.data.attempts[1] = '<script>alert(1)</script>')), /attempt 2 is not a valid attempt \(a value should be a group of named fields\)/],
  ['a step of an unknown kind', () => signed((e) => (first(e).steps = [{ ...step, type: 'eval' }])), /attempt 1 is not a valid attempt/],
  ['two attempts with one id', () => signed((e) => (e.data.attempts[1].id = first(e).id)), /two attempts have the same id "v1-attempt-1"/],
  ['settings with an unknown value', () => signed((e) => (e.data.settings.pace = 'fast')), /expected content \("data.settings.pace"/],
  ['attempts that are not a list', () => signed((e) => (e.data.attempts = {})), /expected content \("data.attempts"/],
  ['no data', () => signed((e) => delete e.data), /expected content \("data"/],
  ['a made-up export time', () => signed((e) => (e.exportedAt = 'yesterday')), /expected content \("exportedAt"/],
  ['an impossible date', () => signed((e) => (e.exportedAt = '2026-13-45T00:00:00.000Z')), /expected content \("exportedAt"/],
  ['an overlong app version', () => signed((e) => (e.appVersion = 'x'.repeat(41))), /expected content \("appVersion"/],
];

const html = ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '"><svg onload=alert(1)>', 'javascript:alert(1)'];
const accepted: Array<[string, (e: Json) => void, (restored: ProgressRepository) => Promise<unknown>]> = [
  ['HTML in a module id', (e) => (first(e).moduleId = html[0]), async (r) => (await r.getAttempt('v1-attempt-1'))?.moduleId],
  ['HTML in an attempt id', (e) => (first(e).id = html[1]), async (r) => (await r.getAttempt(html[1]!))?.id],
  ['HTML in the app version', (e) => (e.appVersion = html[2]), async () => html[2]],
  ['a javascript: URL in a scene id', (e) => (first(e).sceneId = html[3]), async (r) => (await r.getAttempt('v1-attempt-1'))?.sceneId],
];
const expectedText = [html[0], html[1], html[2], html[3]];

/** Fragments of engine, stack or validation-library wording that no message of the app may carry. */
const NOT_OUR_WORDS = /Expected|Invalid (type|length|value)|Maximum call stack|https?:\/\/|undefined|TypeError|SyntaxError/;

function blob(input: Input): Blob {
  return input instanceof Blob ? input : new Blob([input as BlobPart]);
}

const repos: Array<[string, () => ProgressRepository]> = [
  ['memory', () => new MemoryRepository()],
  ['Dexie', () => new DexieRepository(`hostile-${Math.random()}`)],
];
let tried = 0;

describe.each(repos)('restoring hostile files (%s)', (_, make) => {
  it.each(refused)('refuses %s, with its reason, and changes nothing', async (_name, input, reason) => {
    const repo = make();
    await repo.saveAttempt(fakeAttempt({ id: 'mine' }));
    const before = await repo.exportData();
    const read = await readBackupFile(blob(await input()));
    if (read.ok) await restoreBackup(repo, read.backup);
    tried++;
    if (process.env.SHOW_REASONS) console.log(`${_name}: ${read.ok ? 'accepted' : m.backupProblems.reason(read.problem)}`);
    expect(read.ok ? 'accepted' : m.backupProblems.reason(read.problem)).toMatch(reason);
    if (!read.ok) expect(m.backupProblems.reason(read.problem)).not.toMatch(NOT_OUR_WORDS);
    expect(await repo.exportData()).toEqual(before);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(accepted.map((c, i) => [...c, expectedText[i]] as const))('accepts %s as plain text, stored verbatim', async (_name, edit, stored, want) => {
    const repo = make();
    const read = await readBackupFile(blob(await signed(edit)));
    tried++;
    if (!read.ok) throw new Error(m.backupProblems.reason(read.problem));
    await restoreBackup(repo, read.backup);
    expect(await stored(repo)).toBe(want);
  });
});

afterAll(() => {
  console.log(`backup-hostile: tried ${refused.length + accepted.length} hostile inputs (${refused.length} refused, ${accepted.length} accepted as text) against ${repos.length} repositories: ${tried} runs`);
});
