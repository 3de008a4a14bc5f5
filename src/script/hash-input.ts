/**
 * The exact text a script's content hash is computed over: the compiled format version and the
 * source with normalised line endings. Node (build time) and the browser (imported scripts) hash
 * this same text with SHA-256, so a script has one hash wherever it was compiled.
 */
import { SCRIPT_FORMAT } from './types';

/** Text to hash for a script source. */
export function hashInput(source: string): string {
  return `balint-script/${SCRIPT_FORMAT}\n${source.replace(/\r\n?/g, '\n')}`;
}

/** Length of the hex digest kept as the hash. */
export const HASH_HEX_LENGTH = 16;
