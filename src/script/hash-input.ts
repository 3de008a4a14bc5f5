/**
 * The exact text a script's content hash is computed over: the compiled format version and the
 * source with normalised line endings. Node (build time) and the browser (imported scripts) hash
 * this same text with SHA-256, so a script has one hash wherever it was compiled. The hash
 * depends on the format version, so a stored hash goes stale when the format changes: compare
 * hashes computed from a source now (`contentHashOf`), not hashes stored with it.
 */
import { SCRIPT_FORMAT } from './types';

/** Text to hash for a script source. */
export function hashInput(source: string): string {
  return `balint-script/${SCRIPT_FORMAT}\n${source.replace(/\r\n?/g, '\n')}`;
}

/** Length of the hex digest kept as the hash. */
export const HASH_HEX_LENGTH = 16;

/** The content hash of a script source (Web Crypto SHA-256, in the browser and in Node). */
export async function contentHashOf(source: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(hashInput(source)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, HASH_HEX_LENGTH);
}
