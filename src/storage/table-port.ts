/**
 * The small port the one repository (`table-repository.ts`) is written over: a few named tables of
 * plain rows, each row carrying its own key (`KEY_PATHS`), and one transaction primitive. Two
 * implementations: IndexedDB through Dexie (`dexie-tables.ts`) and memory (`memory-tables.ts`).
 * A port knows nothing of schemas, ordering or backups; it stores and returns rows as given
 * (copies, never the caller's objects), and a transaction's writes land all together or not at all.
 */

/** The tables the app keeps. */
export type TableName = 'attempts' | 'settings' | 'assignments' | 'reflections' | 'library' | 'setAside' | 'drafts' | 'receipts';

/** Every table, in one order. */
export const TABLES: readonly TableName[] = ['attempts', 'settings', 'assignments', 'reflections', 'library', 'setAside', 'drafts', 'receipts'];

/** Where each table's rows carry their key: one field, or two for a compound key. */
export const KEY_PATHS: Readonly<Record<TableName, string | readonly [string, string]>> = {
  attempts: 'id',
  settings: 'key',
  assignments: 'id',
  reflections: 'attemptId',
  library: 'id',
  setAside: ['kind', 'id'],
  drafts: 'id',
  receipts: 'id',
};

/** A row's key: text, or a pair of texts for a compound key. */
export type RowKey = string | readonly [string, string];

/** Rows with one indexed field equal to a value (`attempts` by `moduleId`). */
export interface RowMatch {
  /** The indexed field. */
  index: 'moduleId';
  /** The value it must have. */
  equals: string;
}

/** What work inside a transaction can do with its tables. */
export interface TableTx {
  /** The row with this key, or undefined. */
  get(table: TableName, key: RowKey): Promise<unknown>;
  /** Every row of the table (those matching `match` when given), in no promised order. */
  list(table: TableName, match?: RowMatch): Promise<unknown[]>;
  /** Create or replace the row with the key the row carries. */
  put(table: TableName, row: object): Promise<void>;
  /** Remove the row with this key; nothing happens when there is none. */
  delete(table: TableName, key: RowKey): Promise<void>;
  /** Remove every row of the table. */
  clear(table: TableName): Promise<void>;
}

/** A store of tables. */
export interface TablePort {
  /**
   * Run `work` over `tables` in one transaction: reads see one state, and the writes of a `rw`
   * transaction are kept only if `work` resolves and every write succeeds (otherwise none is).
   * Inside `work`, await only the transaction's own calls (IndexedDB ends a transaction that waits
   * on anything else).
   */
  transaction<T>(mode: 'r' | 'rw', tables: readonly TableName[], work: (tx: TableTx) => Promise<T>): Promise<T>;
}
