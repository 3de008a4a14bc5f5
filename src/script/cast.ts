/**
 * Who a cast entry is: a person of the registry (`{ id, role, note? }`, as curriculum modules
 * write it) or someone given inline (`{ id, name, role, persona }`, as case files do). Shared by
 * the validator, which reports entries that resolve to no one, and the builder, which copies the
 * resolved name, persona and profession into the compiled cast.
 */
import type { Person } from './people';

/** Fields a cast entry may have. */
export const CAST_FIELDS: readonly string[] = ['id', 'name', 'role', 'persona', 'profession', 'note'];

/** A cast entry with its person resolved (fields absent when neither the entry nor the registry gives them). */
export interface ResolvedCastEntry {
  /** True when the entry gives a name, persona or profession itself rather than taking them from the registry. */
  inline: boolean;
  /** The registry's person, for an entry that is not inline and whose id the registry has. */
  person?: Person;
  name?: unknown;
  persona?: unknown;
  profession?: unknown;
}

/** Resolve one cast entry (an object from the front matter) against the registry, if any. */
export function resolveCastEntry(entry: Record<string, unknown>, people?: ReadonlyMap<string, Person>): ResolvedCastEntry {
  if ('name' in entry || 'persona' in entry || 'profession' in entry) return { inline: true, name: entry.name, persona: entry.persona, profession: entry.profession };
  const person = typeof entry.id === 'string' ? people?.get(entry.id) : undefined;
  if (!person) return { inline: false };
  return { inline: false, person, name: person.name, persona: person.persona, profession: person.profession };
}
