/**
 * A curriculum module as a case file: its cast names registry ids only (the people live in
 * `content/people/`), while a case file must carry its people inline, because the browser compiles
 * case files without the registry. The benchmarks import real modules as case files, so they turn
 * each `{ id, role, note }` cast entry into `{ id, name, role, persona }` from the registry.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePeople, type Person } from '../../script/people';

/** The people registry of the content folder under `root`. */
export function loadPeople(root: string): ReadonlyMap<string, Person> {
  const dir = join(root, 'content', 'people');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  return parsePeople(files.map((f) => ({ file: `content/people/${f}`, text: readFileSync(join(dir, f), 'utf8') }))).people;
}

const ENTRY = /^(\s*-\s*)\{\s*id:\s*([a-z][a-z0-9-]*)\s*,\s*role:\s*([a-z-]+)\s*(?:,\s*note:\s*(".*?"|'.*?'))?\s*\}\s*$/;

/** `source` with every registry cast entry written out in full; throws on an id the registry lacks. */
export function inlineCast(source: string, people: ReadonlyMap<string, Person>): string {
  return source
    .split('\n')
    .map((line) => {
      const m = ENTRY.exec(line);
      if (!m) return line;
      const person = people.get(m[2]!);
      if (!person) throw new Error(`inlineCast: no person "${m[2]}" in the registry`);
      return `${m[1]}{ id: ${m[2]}, name: ${JSON.stringify(person.name)}, role: ${m[3]}, persona: ${JSON.stringify(person.persona)} }`;
    })
    .join('\n');
}
