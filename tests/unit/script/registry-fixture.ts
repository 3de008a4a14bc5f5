/**
 * Test helpers for what the content loader hands a curriculum compile: a people registry from
 * tests/fixtures/people/, the real phrase list (content/style.yaml), and compiles that take them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileScript, type CompileOptions, type CompileResult } from '../../../src/script/compile';
import { parsePeople, type PeopleFile } from '../../../src/script/people';
import { parseStyle } from '../../../src/script/style';
import { contentHash, nodeMarkdown } from '../../../src/tools/load-content';
import { fixture, vocabulary } from '../compile-fixture';

/** `tests/fixtures/people/<name>.yaml` as a registry file. */
export function peopleFile(name: string): PeopleFile {
  const file = `tests/fixtures/people/${name}.yaml`;
  return { file, text: readFileSync(resolve(process.cwd(), file), 'utf8') };
}

/** The registry of tests/fixtures/people/thursday-group.yaml (Nadia, Ifan, Owen, Bea). */
export const people = parsePeople([peopleFile('thursday-group')]).people;

/** The curriculum's phrase list. */
export const style = parseStyle(readFileSync(resolve(process.cwd(), 'content/style.yaml'), 'utf8'), 'content/style.yaml').style;

/** Compile text with the real vocabulary and renderer and the given options. */
export function compileWith(source: string, file: string, options: Partial<CompileOptions> = {}): CompileResult {
  return compileScript(source, file, { vocabulary, markdown: nodeMarkdown(), hash: contentHash(source), ...options });
}

/** Compile `tests/fixtures/<name>.md` as part of the curriculum (the registry above, the phrase list). */
export function curriculumFixture(name: string): CompileResult {
  return compileWith(fixture(name), `tests/fixtures/${name}.md`, { curriculum: true, people, style });
}

/** Every diagnostic of a compile, as `severity line: message`. */
export function allDiagnostics(r: CompileResult): string[] {
  return r.report.diagnostics.map((d) => `${d.severity} ${d.line}: ${d.message}`);
}
