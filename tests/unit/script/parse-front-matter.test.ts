/** Parser behaviours: the front matter (src/script/parse.ts). One fixture, one test. */
import { describe, expect, it } from 'vitest';
import { errors, parse } from './parse-helpers';

describe('parser: front matter', () => {
  it('reads front matter fields with the line each was written on', () => {
    const r = parse('parse-front-matter');
    expect(errors(r)).toEqual([]);
    expect(r.raw.metaLine).toBe(1);
    expect(r.raw.file).toBe('tests/fixtures/parse-front-matter.md');
    expect(r.raw.meta).toEqual({
      id: { value: 'fixture-parse', line: 2 },
      title: { value: 'Parse fixture', line: 3 },
      summary: { value: 'A tiny script for one parser behaviour.', line: 4 },
      track: { value: 'foundations', line: 5 },
      seat: { value: 'member', line: 6 },
      minutes: { value: 1, line: 7 },
      setting: { value: 'family medicine', line: 8 },
      competencies: { value: ['protect-presenter'], line: 9, items: [9] },
      cast: { value: [{ id: 'ana', name: 'Ana', role: 'presenter', persona: 'The presenter.' }], line: 10, items: [11] },
      climate: { value: [{ id: 'safety', label: 'Presenter safety', start: 50 }], line: 12, items: [13] },
    });
  });

  it('reports a script without front matter at line 1 and still reads the body with true lines', () => {
    const r = parse('parse-missing-front-matter');
    expect(errors(r)).toEqual(['1: a script must start with front matter between "---" lines']);
    expect(r.raw.meta).toEqual({});
    expect(r.raw.phases).toEqual([
      { value: 'questions', line: 1 },
      { value: 'close', line: 14 },
    ]);
    expect(r.raw.scenes.map((s) => [s.id, s.line])).toEqual([
      ['ask', 3],
      ['end', 16],
    ]);
  });

  it('reports front matter that is never closed and reads nothing else', () => {
    const r = parse('parse-unterminated-front-matter');
    expect(errors(r)).toEqual(['1: front matter starts with "---" but never ends with a closing "---"']);
    expect(r.raw.meta).toEqual({});
    expect(r.raw.scenes).toEqual([]);
  });

  it('reports a YAML error in the front matter at the file line it is on', () => {
    const r = parse('parse-front-matter-duplicate-key');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.line).toBe(4);
    expect(r.diagnostics[0]!.message).toBe('front matter: the same key is written twice in one map; keep one of them');
    // The other fields are still read one by one (recovery, issue 14), the first title kept.
    expect(r.raw.meta.title).toEqual({ value: 'Parse fixture', line: 3 });
    expect(Object.keys(r.raw.meta)).toEqual(['id', 'title', 'summary', 'track', 'seat', 'minutes', 'setting', 'competencies', 'cast', 'climate']);
  });

  it('reports front matter that is not a map of fields', () => {
    const r = parse('parse-front-matter-not-a-map');
    expect(errors(r)).toEqual(['2: front matter must be a list of "key: value" fields']);
    expect(r.raw.meta).toEqual({});
  });

  it('refuses a __proto__ field without polluting any prototype', () => {
    const r = parse('parse-front-matter-proto');
    expect(errors(r)).toEqual(['8: front matter field "__proto__" is not allowed']);
    expect(Object.keys(r.raw.meta)).not.toContain('__proto__');
    expect(Object.getPrototypeOf(r.raw.meta)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
