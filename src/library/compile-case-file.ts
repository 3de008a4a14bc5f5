/**
 * Compiling a case file, with the compiler loaded only when a case file is actually compiled: this
 * module is small and may sit in the player's or the library's chunk, but the compiler (and the
 * whole vocabulary it checks against, `catalog-details.ts`) arrives by dynamic import (the
 * sanitiser on the page; the parser, YAML, marked and the explorer in a worker,
 * src/authoring/compile-off-page.ts), so the home page and a built-in module never pull it in. Compiled scripts are kept in memory by content hash, because a case file is compiled
 * again from its stored source whenever it is opened (only the source is stored) and the same one
 * is often opened several times in a visit (import, play, debrief, progress).
 */
import type { Script } from '../script/types';
import type { CaseFileProblem } from './types';

/** A compiled case file, or every error found in it. */
export type CompiledCaseFile = { ok: true; script: Script } | { ok: false; problems: CaseFileProblem[] };

/** How many compiled case files are kept in memory at most. */
const CACHE_SIZE = 16;
const compiled = new Map<string, Script>();

/**
 * Compile a case file's source; `fileName` is the file the compiler's problems name.
 * Never throws.
 */
export async function compileCaseFile(source: string, fileName: string): Promise<CompiledCaseFile> {
  const [{ compileInBrowser, browserContentHash }, { vocabulary }] = await Promise.all([import('../authoring/compile-in-browser'), import('../catalog/catalog-details')]);
  const hit = compiled.get(await browserContentHash(source));
  if (hit) return { ok: true, script: hit };
  const result = await compileInBrowser(source, fileName, vocabulary);
  if (!result.script) {
    const errors = result.report.diagnostics.filter((d) => d.severity === 'error');
    const problems = errors.map((d): CaseFileProblem => ({ code: 'compile', file: d.file, line: d.line, message: d.message }));
    return { ok: false, problems: problems.length ? problems : [{ code: 'not-compiled' }] };
  }
  remember(result.script);
  return { ok: true, script: result.script };
}

function remember(script: Script) {
  compiled.set(script.hash, script);
  if (compiled.size > CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
}
