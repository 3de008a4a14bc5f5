/**
 * The title of a module id anywhere progress is listed: a built-in module's title, else the case
 * file's title as stored with its record, else nothing: a module no longer on this device (a case
 * file since removed) has no title here, and the view says so in words (`shownModuleTitle`), never
 * with its id. Deliberately cheap: the stored title is read, nothing is compiled just to name a
 * module (the record's title came from the compiled script when it was imported, and is shown only
 * by text interpolation).
 */
import { summaryOf } from '../catalog/catalog';
import type { ProgressRepository } from '../storage/repository';

/** Titles of the case files in the library, by id. */
export async function libraryTitles(store: Pick<ProgressRepository, 'listLibrary'>): Promise<Map<string, string>> {
  return new Map((await store.listLibrary()).map((r) => [r.id, r.title]));
}

/** A module's title: built-in first, then the library's (from `libraryTitles`); undefined for a module this device lacks. */
export function moduleTitle(id: string, library: ReadonlyMap<string, string>): string | undefined {
  return summaryOf(id)?.title ?? library.get(id);
}
