/**
 * The people registry, `content/people/*.yaml`: everyone in the curriculum, declared once, so a
 * name is never two people and a person keeps their personality in every module they appear in.
 * One file per group of people who meet together:
 *
 * ```yaml
 * group: The Thursday group at Lindenhof
 * people:
 *   - { id: agnes-oduya, name: Agnes Oduya, profession: GP, persona: "Leads the group; unhurried." }
 * ```
 *
 * Compile-time only: scripts name people by id and the compiler copies name, profession and
 * persona into each compiled cast member.
 */
import type { Diagnostic } from './types';
import { listItems, readYamlMap } from './yaml-map';

/** One person of the registry. */
export interface Person {
  /** Stable id scripts use in their cast. */
  id: string;
  /** The name lines use ("Agnes"). Unique across the registry, ignoring case. */
  name: string;
  /** Their profession ("GP", "psychotherapist"). */
  profession: string;
  /** One line that describes them, the same in every module. */
  persona: string;
  /** The group of the file they are declared in. */
  group: string;
  /** That file. */
  file: string;
  /** The line of their entry. */
  line: number;
}

/** One registry file's text. */
export interface PeopleFile {
  /** Path shown in messages (`content/people/thursday-group.yaml`). */
  file: string;
  /** Its YAML. */
  text: string;
}

const ID = /^[a-z][a-z0-9-]*$/;
const PERSON_FIELDS = ['id', 'name', 'profession', 'persona'] as const;

/** Read every registry file; never throws. Files are read in the order given. */
export function parsePeople(files: readonly PeopleFile[]): { people: Map<string, Person>; diagnostics: Diagnostic[] } {
  const people = new Map<string, Person>();
  const byName = new Map<string, Person>();
  const diagnostics: Diagnostic[] = [];
  for (const { file, text } of files) {
    const err = (line: number, message: string) => diagnostics.push({ severity: 'error', file, line, message });
    const data = readYamlMap(text, 1, 'people file', err);
    if (!data) continue;
    for (const key of Object.keys(data)) if (key !== 'group' && key !== 'people') err(data[key]!.line, `unknown field "${key}" (a people file has group and people)`);
    const group = data.group?.value;
    if (typeof group !== 'string' || !group.trim()) err(data.group?.line ?? 1, 'a people file needs a "group": the group these people meet in');
    const items = listItems(data.people);
    if (!items) {
      err(data.people?.line ?? 1, 'a people file needs a "people" list');
      continue;
    }
    for (const { value, line } of items) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        err(line, 'each person needs id, name, profession and persona');
        continue;
      }
      const entry = value as Record<string, unknown>;
      for (const k of Object.keys(entry)) if (!(PERSON_FIELDS as readonly string[]).includes(k)) err(line, `unknown field "${k}" (a person has ${PERSON_FIELDS.join(', ')})`);
      const missing = PERSON_FIELDS.filter((k) => typeof entry[k] !== 'string' || !(entry[k] as string).trim());
      if (missing.length) {
        err(line, `person ${typeof entry.id === 'string' ? `"${entry.id}" ` : ''}needs ${missing.map((k) => `"${k}"`).join(', ')}`);
        continue;
      }
      const person: Person = {
        id: entry.id as string,
        name: (entry.name as string).trim(),
        profession: (entry.profession as string).trim(),
        persona: (entry.persona as string).trim(),
        group: typeof group === 'string' ? group.trim() : '',
        file,
        line,
      };
      if (!ID.test(person.id)) {
        err(line, `person id "${person.id}" must start with a letter and use lower-case letters, digits and hyphens`);
        continue;
      }
      const sameId = people.get(person.id);
      if (sameId) {
        err(line, `person id "${person.id}" is already used at ${sameId.file}:${sameId.line}`);
        continue;
      }
      const sameName = byName.get(person.name.toLowerCase());
      if (sameName) {
        err(line, `the name "${person.name}" is already "${sameName.id}" (${sameName.file}:${sameName.line}); a name is never two people`);
        continue;
      }
      people.set(person.id, person);
      byName.set(person.name.toLowerCase(), person);
    }
  }
  return { people, diagnostics };
}
