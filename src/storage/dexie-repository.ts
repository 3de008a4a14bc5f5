/**
 * The repository in IndexedDB: the one repository logic (`table-repository.ts`) over Dexie tables
 * (`dexie-tables.ts`, where the schema versions are). `db` is exposed for the one place that opens
 * it (`open-repository.ts`: it reacts to another tab opening a newer schema) and for tests.
 */
import { DB_NAME } from './db-name';
import type Dexie from 'dexie';
import { DB_VERSION, DexieTables, rehearsalDB } from './dexie-tables';
import { TableRepository } from './table-repository';

export { DB_NAME, DB_VERSION };

/** Dexie-backed ProgressRepository. */
export class DexieRepository extends TableRepository {
  readonly persistent = true;
  readonly db: Dexie;
  constructor(name = DB_NAME) {
    const db = rehearsalDB(name);
    super(new DexieTables(db));
    this.db = db;
  }
}
