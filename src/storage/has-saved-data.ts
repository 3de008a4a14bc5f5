/**
 * Whether this browser holds any saved progress, asked without loading the storage code: a
 * first-time visitor has no database, so the home page need not load Dexie to show them nothing.
 * Where the browser cannot list databases, the answer is "maybe" (true), and storage loads.
 */
import { DB_NAME } from './db-name';

/** False only when the browser says the database does not exist. */
export async function hasSavedData(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined') return false;
    if (typeof indexedDB.databases !== 'function') return true;
    return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return true;
  }
}
