/**
 * The validator hands the builder the front matter typed (src/script/validate-meta.ts →
 * `ScriptMeta`), so build.ts reads no raw YAML value through a cast: present when all of it is
 * right, absent when any of it is wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/script/parse';
import { validateScript } from '../../../src/script/validate';
import { fixture, vocabulary } from '../compile-fixture';

function validate(source: string) {
  return validateScript(parseScript(source, 'fixture.md').raw, vocabulary);
}

describe('checked front matter', () => {
  it('returns the front matter typed when all of it is right', () => {
    const { meta } = validate(fixture('validate-minimal'));
    expect(meta).toMatchObject({
      id: 'fixture-minimal',
      track: 'foundations',
      seat: 'member',
      minutes: 1,
      competencies: ['protect-presenter'],
      cast: [{ id: 'ana', name: 'Ana', role: 'presenter', persona: 'The presenter.', line: 11 }],
      climate: [{ id: 'safety', label: 'Presenter safety', start: 50, line: 13 }],
    });
    expect(meta?.length).toBeUndefined();
  });

  it('returns no front matter when a field of it is wrong', () => {
    const { meta, diagnostics } = validate(fixture('validate-minimal').replace('seat: member', 'seat: chair'));
    expect(diagnostics.map((d) => d.message)).toEqual(['"seat" must be one of member, presenter, leader, co-leader, found "chair"']);
    expect(meta).toBeUndefined();
  });
});
