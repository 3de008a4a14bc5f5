/**
 * Standards about who is in a module: everyone comes from the people registry (so a name is never
 * two people and a person keeps their personality across modules), foundations and member groups
 * have two leaders unless the module says why not (content/judgement.md §13), and every module
 * names its patient.
 */
import type { Person } from './people';
import type { RawScript } from './raw-script';
import type { Script } from './types';

/** Every cast entry is a registry id, given without its own name or persona. */
export function checkPeople(script: Script, raw: RawScript, people: ReadonlyMap<string, Person> | undefined, err: (line: number, message: string) => void) {
  const byName = new Map([...(people?.values() ?? [])].map((p) => [p.name.toLowerCase(), p]));
  const entries = Array.isArray(raw.meta.cast?.value) ? (raw.meta.cast!.value as Record<string, unknown>[]) : [];
  entries.forEach((entry, i) => {
    if (!('name' in entry || 'persona' in entry || 'profession' in entry)) return;
    const line = script.cast[i]?.line ?? raw.meta.cast!.line;
    const other = typeof entry.name === 'string' ? byName.get(entry.name.trim().toLowerCase()) : undefined;
    if (other && other.id !== entry.id)
      err(line, `cast member "${String(entry.id)}" is named "${String(entry.name)}", who is "${other.id}" in the people registry (${other.file}:${other.line}); a name is never two people, so use { id: ${other.id}, role: … }`);
    else err(line, `cast member "${String(entry.id)}" gives a name, persona or profession inline; curriculum modules take their people from the registry (content/people/): { id, role, note }`);
  });
}

/** Foundations and member tracks: a leader and a co-leader, unless `singleLeader` says why not. */
export function checkTwoLeaders(script: Script, raw: RawScript, err: (line: number, message: string) => void) {
  if (script.track === 'leader' || script.singleLeader) return;
  const roles = new Set<string>([...script.cast.map((c) => c.role), script.seat]);
  const missing = ['leader', 'co-leader'].filter((r) => !roles.has(r));
  if (missing.length)
    err(raw.meta.cast?.line ?? raw.metaLine, `a ${script.track} module needs a leader and a co-leader (no ${missing.join(' and no ')} in the cast); or give "singleLeader:" with the reason this group has one`);
}

/** Every module names its patient. */
export function checkPatient(script: Script, raw: RawScript, err: (line: number, message: string) => void) {
  if (!script.patient) err(raw.metaLine, 'a curriculum module needs "patient:", the patient as the group knows them ("Mr Harcourt, 71")');
}
