/**
 * The name of a module wherever progress and reflections list it: a built-in module's title, the
 * case file's stored title, or, for a case file no longer in the library, words that say so. Never
 * the module's id (a person never sees an internal id; issue 14).
 */
import { moduleTitle } from '../library/module-title';
import { m } from '../i18n/messages';

/** A module's title for people (`library`: the library's titles, by id). */
export function shownModuleTitle(id: string, library: ReadonlyMap<string, string>): string {
  return moduleTitle(id, library) ?? m.progress.removedModule;
}
