/**
 * The table port in memory: for tests, previews, and the fallback when IndexedDB is missing. It
 * behaves as IndexedDB does where the repository can tell: rows are structured clones in and out,
 * a row without its key is refused, read-write transactions run one at a time, and a transaction's
 * writes are staged and kept only when its work resolves. An optional byte quota (JSON of every
 * stored row) makes the commit that would exceed it fail with QuotaExceededError, as a full
 * browser store does, so "storage full" paths run against the same repository code as Dexie.
 */
import { KEY_PATHS, TABLES, type RowKey, type RowMatch, type TableName, type TablePort, type TableTx } from './table-port';

type Rows = Map<string, unknown>;

/** Memory-backed TablePort. */
export class MemoryTables implements TablePort {
  /** Simulated quota in bytes of stored JSON; a commit beyond it throws QuotaExceededError. */
  quotaBytes: number | undefined;
  #tables = Object.fromEntries(TABLES.map((t) => [t, new Map()])) as Record<TableName, Rows>;
  #writing: Promise<unknown> = Promise.resolve();

  constructor(quotaBytes?: number) {
    this.quotaBytes = quotaBytes;
  }

  transaction<T>(mode: 'r' | 'rw', tables: readonly TableName[], work: (tx: TableTx) => Promise<T>): Promise<T> {
    if (mode === 'r') return work(this.#tx(new Set(tables), this.#tables, false));
    const run = this.#writing.then(async () => {
      const staged = { ...this.#tables };
      for (const t of tables) staged[t] = new Map(this.#tables[t]);
      const result = await work(this.#tx(new Set(tables), staged, true));
      this.#checkQuota(staged);
      this.#tables = staged;
      return result;
    });
    this.#writing = run.catch(() => undefined);
    return run;
  }

  #tx(scope: ReadonlySet<TableName>, tables: Record<TableName, Rows>, writable: boolean): TableTx {
    const rows = (t: TableName, write = false): Rows => {
      if (!scope.has(t)) throw new DOMException(`Table ${t} is not part of this transaction.`, 'NotFoundError');
      if (write && !writable) throw new DOMException('The transaction is read-only.', 'ReadOnlyError');
      return tables[t];
    };
    return {
      get: async (t, key) => structuredClone(rows(t).get(mapKey(key))),
      list: async (t, match?: RowMatch) =>
        [...rows(t).values()].filter((r) => !match || (r as Record<string, unknown>)[match.index] === match.equals).map((r) => structuredClone(r)),
      put: async (t, row) => void rows(t, true).set(mapKey(keyOf(t, row)), structuredClone(row)),
      delete: async (t, key) => void rows(t, true).delete(mapKey(key)),
      clear: async (t) => rows(t, true).clear(),
    };
  }

  #checkQuota(tables: Record<TableName, Rows>) {
    if (this.quotaBytes === undefined) return;
    const bytes = JSON.stringify(TABLES.map((t) => [...tables[t].values()])).length;
    if (bytes > this.quotaBytes) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

/** The key a row carries, refused (as IndexedDB refuses it) when it is missing. */
function keyOf(table: TableName, row: object): RowKey {
  const path = KEY_PATHS[table];
  const field = (name: string) => {
    const k = (row as Record<string, unknown>)[name];
    if (typeof k !== 'string' && typeof k !== 'number') throw new DOMException(`The row has no valid key at "${name}".`, 'DataError');
    return String(k);
  };
  return typeof path === 'string' ? field(path) : [field(path[0]), field(path[1])];
}

function mapKey(key: RowKey): string {
  return JSON.stringify(key);
}
