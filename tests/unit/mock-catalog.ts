/**
 * The built-in catalogue, replaced for view tests that must not depend on the sixteen modules
 * compiling: the real vocabulary (read straight from content/vocabulary.yaml) and no modules. It
 * stands for each of the catalogue's virtual modules (the home page's, the About texts, the details
 * and the ending kinds). Use in a test file with:
 *
 *   vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
 *   vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
 *   vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** The whole vocabulary, as the details ship it (ids, labels, descriptions; the home page's labels are a part of it). */
export const vocabulary = parse(readFileSync(resolve(process.cwd(), 'content/vocabulary.yaml'), 'utf8')) as Record<string, unknown>;
/** The ending kinds' ids and labels, as their own module ships them. */
export const endingKinds = (vocabulary.endingKinds as { id: string; label: string }[]).map(({ id, label }) => ({ id, label }));
/** No built-in modules. */
export const summaries: unknown[] = [];
/** No loaders. */
export const loaders: Record<string, () => Promise<unknown>> = {};
/** No module details. */
export const details: Record<string, unknown> = {};
/** No About texts. */
export const about: Record<string, unknown> = {};
