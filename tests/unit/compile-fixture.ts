/** Test helpers: compile a fixture (or inline text) with the real vocabulary and renderer. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileScript, type CompileResult } from '../../src/script/compile';
import { parseVocabulary } from '../../src/script/vocabulary';
import { contentHash, nodeMarkdown } from '../../src/tools/load-content';
import type { Script } from '../../src/script/types';

const vocabText = readFileSync(resolve(process.cwd(), 'content/vocabulary.yaml'), 'utf8');
export const vocabulary = parseVocabulary(vocabText, 'content/vocabulary.yaml').vocabulary;

/** Read `tests/fixtures/<name>.md`. */
export function fixture(name: string): string {
  return readFileSync(resolve(process.cwd(), `tests/fixtures/${name}.md`), 'utf8');
}

/** Compile text as if it were `file`. */
export function compileText(source: string, file = 'fixture.md'): CompileResult {
  return compileScript(source, file, { vocabulary, markdown: nodeMarkdown(), hash: contentHash(source) });
}

/** Compile a fixture that must be valid. */
export function validFixture(name: string): Script {
  const r = compileText(fixture(name), `tests/fixtures/${name}.md`);
  if (!r.script) throw new Error(r.report.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return r.script;
}

/** Messages of a compile, as `line: message`. */
export function messages(r: CompileResult): string[] {
  return r.report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}: ${d.message}`);
}
