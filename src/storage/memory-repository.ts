/**
 * The repository in memory: for tests, for previews, and as the fallback when IndexedDB is missing
 * (the app then says progress will not survive a reload). The same repository logic as Dexie's
 * (`table-repository.ts`) over memory tables (`memory-tables.ts`). An optional byte quota makes
 * writes fail with QuotaExceededError as a full browser store does, so "storage full" paths are
 * tested against the same contract as Dexie; a failed write leaves everything as it was.
 */
import { MemoryTables } from './memory-tables';
import { TableRepository } from './table-repository';

/** Map-backed ProgressRepository. */
export class MemoryRepository extends TableRepository {
  readonly persistent = false;
  readonly #tables: MemoryTables;

  constructor(options: { quotaBytes?: number } = {}) {
    const tables = new MemoryTables(options.quotaBytes);
    super(tables);
    this.#tables = tables;
  }

  /** Simulated quota in bytes of stored JSON; writes beyond it throw QuotaExceededError. */
  get quotaBytes(): number | undefined {
    return this.#tables.quotaBytes;
  }
  set quotaBytes(bytes: number | undefined) {
    this.#tables.quotaBytes = bytes;
  }
}
