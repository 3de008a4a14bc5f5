/**
 * The hostile inputs of issue 15 that are files or links rather than scripts (scripts are built by
 * tests/unit/security/hostile-scripts.ts): receipts and backups changed in one place and signed
 * again (anyone can recompute their checksums), text re-saved as UTF-16 or Latin-1, and
 * assignment links carrying whatever JSON a test gives them.
 */
import { readFileSync } from 'node:fs';
import { canonicalChecksum } from '../../../src/storage/canonical-json';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const receiptBody = (JSON.parse(readFileSync('tests/fixtures/hostile/receipt-body.json', 'utf8')) as { body: Json }).body;

/** A checksummed file's JSON changed by `edit`, with its checksum recomputed over the rest. */
async function resigned(value: Json, edit: (v: Json) => void): Promise<string> {
  const v = structuredClone(value);
  delete v.checksum;
  edit(v);
  const { checksum: _c, ...rest } = v;
  return JSON.stringify({ ...rest, checksum: await canonicalChecksum(rest) }, null, 2);
}

/** The fixture receipt (tests/fixtures/hostile/receipt-body.json) changed by `edit`, signed. */
export function signedReceipt(edit: (r: Json) => void = () => undefined): Promise<string> {
  return resigned(receiptBody, edit);
}

/** A backup the app wrote, changed by `edit` and signed again. */
export function signedBackup(text: string, edit: (b: Json) => void): Promise<string> {
  return resigned(JSON.parse(text) as Json, edit);
}

/** The text as UTF-16 (little-endian, with a byte-order mark), as some editors re-save files. */
export function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** An assignment link's payload holding `value` as JSON. */
export function linkPayload(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The receipt fixture's assignment (two built-in modules), for links. */
export const fixtureAssignment = (): Json => structuredClone(receiptBody.assignment) as Json;
