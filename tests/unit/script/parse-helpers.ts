/** Shared by the parser's tests: parse a fixture, its diagnostics as `line: message`, one of its scenes. */
import { parseScript, type ParseResult } from '../../../src/script/parse';
import { fixture } from '../compile-fixture';

/** Parse `tests/fixtures/<name>.md`. */
export const parse = (name: string) => parseScript(fixture(name), `tests/fixtures/${name}.md`);
/** Parser diagnostics as `line: message`. */
export const errors = (r: ParseResult) => r.diagnostics.map((d) => `${d.line}: ${d.message}`);
/** A scene of a parse, by id (throws naming the scenes there are). */
export const scene = (r: ParseResult, id: string) => {
  const s = r.raw.scenes.find((x) => x.id === id);
  if (!s) throw new Error(`no scene "${id}" in ${r.raw.scenes.map((x) => x.id).join(', ')}`);
  return s;
};
