/**
 * The title to show for a module id anywhere progress is listed: a built-in module's title, else
 * the case file's title as stored with its record, else the id. Deliberately cheap: the stored
 * title is read, nothing is compiled just to name a module (the record's title came from the
 * compiled script when it was imported, and is shown only by text interpolation).
 */
import { summaryOf } from '../catalog/catalog';
import type { ProgressRepository } from '../storage/repository';

/** Titles of the case files in the library, by id. */
export async function libraryTitles(store: Pick<ProgressRepository, 'listLibrary'>): Promise<Map<string, string>> {
  return new Map((await store.listLibrary()).map((r) => [r.id, r.title]));
}

/** A module's title: built-in first, then the library's (from `libraryTitles`), else the id. */
export function moduleTitle(id: string, library: ReadonlyMap<string, string>): string {
  return summaryOf(id)?.title ?? library.get(id) ?? id;
}
