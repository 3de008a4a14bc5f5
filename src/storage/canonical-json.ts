/**
 * The canonical form every checksummed file of the app is hashed over (backups, receipts) and
 * every content id is derived from (assignments): JSON with object keys sorted at every level and
 * no whitespace, so a file may be re-indented or re-ordered while any change to its content shows.
 * One implementation, so the three formats can never disagree about what "the same data" is.
 */

/** JSON with object keys sorted (by UTF-16 code units) at every level and no whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((x) => canonicalJson(x ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Lower-case hex SHA-256 of a text's UTF-8 bytes (Web Crypto: the browser's and Node's). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** `sha256:` and the hex SHA-256 of the canonical JSON of `value`. */
export async function canonicalChecksum(value: unknown): Promise<string> {
  return `sha256:${await sha256Hex(canonicalJson(value))}`;
}
