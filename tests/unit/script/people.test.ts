/**
 * The people registry (src/script/people.ts): content/people/*.yaml read into one map of people,
 * with every problem at file:line. Fixtures in tests/fixtures/people/.
 */
import { describe, expect, it } from 'vitest';
import { parsePeople } from '../../../src/script/people';
import { peopleFile } from './registry-fixture';

const messages = (r: ReturnType<typeof parsePeople>) => r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`);

describe('people registry', () => {
  it('reads each person with their group, file and line', () => {
    const r = parsePeople([peopleFile('thursday-group')]);
    expect(messages(r)).toEqual([]);
    expect([...r.people.keys()]).toEqual(['nadia-roth', 'ifan-price', 'owen-hale', 'bea-lind']);
    expect(r.people.get('owen-hale')).toEqual({
      id: 'owen-hale',
      name: 'Owen',
      profession: 'GP registrar',
      persona: 'Conscientious, tired.',
      group: 'The Thursday group',
      file: 'tests/fixtures/people/thursday-group.yaml',
      line: 6,
    });
  });

  it('reports the same name twice across files, naming the first', () => {
    const r = parsePeople([peopleFile('thursday-group'), peopleFile('people-duplicate-name')]);
    expect(messages(r)).toEqual([
      'tests/fixtures/people/people-duplicate-name.yaml:4: the name "Owen" is already "owen-hale" (tests/fixtures/people/thursday-group.yaml:6); a name is never two people',
    ]);
    expect(r.people.has('owen-baker')).toBe(false);
    expect(r.people.has('claire-moss')).toBe(true);
  });

  it('reports a missing field, a bad id and a duplicate id, each at its entry', () => {
    const r = parsePeople([peopleFile('thursday-group'), peopleFile('people-missing-field')]);
    expect(messages(r)).toEqual([
      'tests/fixtures/people/people-missing-field.yaml:4: person "ruth-klein" needs "profession"',
      'tests/fixtures/people/people-missing-field.yaml:5: person id "Sam_Ward" must start with a letter and use lower-case letters, digits and hyphens',
      'tests/fixtures/people/people-missing-field.yaml:9: person id "nadia-roth" is already used at tests/fixtures/people/thursday-group.yaml:4',
    ]);
    expect([...r.people.keys()]).toEqual(['nadia-roth', 'ifan-price', 'owen-hale', 'bea-lind', 'dev-patel']);
  });

  it('reports a file without a group or a people list, and unknown fields', () => {
    const r = parsePeople([{ file: 'p.yaml', text: 'colour: blue\npeople:\n  - { id: ann, name: Ann, profession: GP, persona: "Calm.", age: 50 }\n' }]);
    expect(messages(r)).toEqual([
      'p.yaml:1: unknown field "colour" (a people file has group and people)',
      'p.yaml:1: a people file needs a "group": the group these people meet in',
      'p.yaml:3: unknown field "age" (a person has id, name, profession, persona)',
    ]);
    expect(messages(parsePeople([{ file: 'q.yaml', text: 'group: G\n' }]))).toEqual(['q.yaml:1: a people file needs a "people" list']);
  });

  it('reports YAML that does not parse at its line, with a hint for an unquoted ": "', () => {
    const r = parsePeople([{ file: 'p.yaml', text: 'group: G\npeople:\n  - { id: ann, name: Ann, profession: GP, persona: Calm: mostly. }\n' }]);
    expect(r.diagnostics).toHaveLength(1);
    expect(messages(r)[0]).toMatch(/^p\.yaml:3: people file: .*if a value contains ":".* put it in double quotes$/);
  });

  it('is empty for no files', () => {
    expect(parsePeople([])).toEqual({ people: new Map(), diagnostics: [] });
  });
});
