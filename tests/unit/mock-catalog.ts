/**
 * The built-in catalogue, replaced for view tests that must not depend on the sixteen modules
 * compiling: the real vocabulary (read straight from content/vocabulary.yaml) and no modules.
 * Use in a test file with:
 *
 *   vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** The vocabulary as the catalogue plugin ships it (ids, labels, descriptions). */
export const vocabulary = parse(readFileSync(resolve(process.cwd(), 'content/vocabulary.yaml'), 'utf8')) as Record<string, unknown>;
/** No built-in modules. */
export const summaries: unknown[] = [];
/** No loaders. */
export const loaders: Record<string, () => Promise<unknown>> = {};
