/**
 * The xAPI outbox: statements and state documents a cmi5 package has made but the LRS has not yet
 * acknowledged, kept in IndexedDB so that nothing is lost when the LMS is unreachable, the tab is
 * closed or the browser crashes. It is its own small Dexie database (`balint-xapi-queue`), apart
 * from the learner's progress, because it holds another kind of data (things on their way out,
 * deleted once delivered) and exists only inside a cmi5 package.
 *
 * Items keep their order (an auto-incremented `seq`): the sender (`src/lms/xapi/outbox-sender.ts`)
 * sends the oldest first and removes an item only once the LRS has answered for it. Payloads are
 * opaque JSON here; the queue checks only its own envelope when it reads a row, and a row that
 * does not match (a damaged database, a row of a future version) is set aside, never sent.
 *
 * Released schema versions:
 *   1: sessions (key), outbox (++seq, session), refused (++id, session).
 */
import Dexie, { type Table } from 'dexie';
import * as v from 'valibot';

/** Name of the database. */
export const QUEUE_DB_NAME = 'balint-xapi-queue';
/** Current Dexie schema version. */
export const QUEUE_DB_VERSION = 1;
/** Version of the record shapes below. */
export const QUEUE_RECORD_SCHEMA = 1;
/** The reason kept with a queued row set aside because it is damaged or from another version (a code, not words). */
export const UNREADABLE = 'unreadable';

/** One launch session of an AU: what the sender needs to deliver its items (see `cmi5-session.ts`). */
export interface QueueSession {
  /** Record shape version. */
  schema: typeof QUEUE_RECORD_SCHEMA;
  /** The session's key: the launch's fetch URL, unique to one cmi5 session. */
  key: string;
  /** The session's details (endpoint, token, context template…), JSON checked by its reader. */
  data: unknown;
  /** ISO time the session was stored. */
  createdAt: string;
}

/** One thing waiting to be sent. */
export interface QueueItem {
  /** Record shape version. */
  schema: typeof QUEUE_RECORD_SCHEMA;
  /** Position in the queue (set when added; oldest first). */
  seq: number;
  /** Key of the session it belongs to. */
  session: string;
  /** A statement, or a state document to PUT. */
  kind: 'statement' | 'state';
  /** The statement's id, or the state document's stateId. */
  key: string;
  /** The statement, or the document (JSON). */
  body: unknown;
  /** ISO time it was queued. */
  addedAt: string;
}

/** An item the LRS refused for good: kept, never sent again. */
export interface RefusedItem {
  /** Record shape version. */
  schema: typeof QUEUE_RECORD_SCHEMA;
  /** Auto-incremented id. */
  id?: number;
  /** Key of the session it belonged to. */
  session: string;
  /** The item as it was queued. */
  item: QueueItem;
  /** Why it was refused (the LRS's status and the start of its answer), or `UNREADABLE` (a damaged row or one from another version). */
  reason: string;
  /** ISO time it was set aside. */
  refusedAt: string;
}

/** An item to add (the queue numbers it). */
export type NewQueueItem = Omit<QueueItem, 'seq' | 'schema' | 'addedAt'>;

const text = v.pipe(v.string(), v.minLength(1), v.maxLength(4000));
const ItemSchema = v.strictObject({
  schema: v.literal(QUEUE_RECORD_SCHEMA),
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  session: text,
  kind: v.picklist(['statement', 'state']),
  key: text,
  body: v.unknown(),
  addedAt: v.pipe(v.string(), v.isoTimestamp()),
});
const SessionSchema = v.strictObject({
  schema: v.literal(QUEUE_RECORD_SCHEMA),
  key: text,
  data: v.unknown(),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
});

class QueueDB extends Dexie {
  sessions!: Table<QueueSession, string>;
  outbox!: Table<QueueItem, number>;
  refused!: Table<RefusedItem, number>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ sessions: 'key', outbox: '++seq, session', refused: '++id, session' });
  }
}

/** The outbox. */
export class StatementQueue {
  readonly #db: QueueDB;

  constructor(name = QUEUE_DB_NAME) {
    this.#db = new QueueDB(name);
  }

  /** Store (or replace) a session. */
  async saveSession(session: Omit<QueueSession, 'schema'>): Promise<void> {
    await this.#db.sessions.put({ schema: QUEUE_RECORD_SCHEMA, ...session });
  }

  /** A stored session, if it is there and readable. */
  async getSession(key: string): Promise<QueueSession | undefined> {
    const r = v.safeParse(SessionSchema, await this.#db.sessions.get(key));
    return r.success ? (r.output as QueueSession) : undefined;
  }

  /** Forget every session but `keep` that has nothing left to send (their tokens are of no more use). */
  async pruneSessions(keep: readonly string[]): Promise<void> {
    await this.#db.transaction('rw', this.#db.sessions, this.#db.outbox, async () => {
      for (const key of await this.#db.sessions.toCollection().primaryKeys())
        if (!keep.includes(key) && (await this.#db.outbox.where('session').equals(key).count()) === 0) await this.#db.sessions.delete(key);
    });
  }

  /**
   * Add items at the end, in one transaction. A state document replaces any older copy of the
   * same document of the same session still waiting (only the newest is worth sending).
   */
  async append(items: readonly NewQueueItem[], now = new Date()): Promise<void> {
    if (!items.length) return;
    const addedAt = now.toISOString();
    await this.#db.transaction('rw', this.#db.outbox, async () => {
      for (const item of items) {
        if (item.kind === 'state')
          await this.#db.outbox
            .where('session')
            .equals(item.session)
            .filter((old) => old.kind === 'state' && old.key === item.key)
            .delete();
        await this.#db.outbox.add({ schema: QUEUE_RECORD_SCHEMA, ...item, addedAt } as QueueItem);
      }
    });
  }

  /** The oldest readable items, oldest first (unreadable rows are set aside on the way). */
  async peek(limit: number): Promise<QueueItem[]> {
    const rows = await this.#db.outbox.orderBy('seq').limit(limit).toArray();
    const good: QueueItem[] = [];
    for (const row of rows) {
      const r = v.safeParse(ItemSchema, row);
      if (r.success) good.push(r.output as QueueItem);
      else await this.#setAside(row, UNREADABLE);
    }
    return good;
  }

  /** Remove delivered items. */
  async remove(seqs: readonly number[]): Promise<void> {
    await this.#db.outbox.bulkDelete([...seqs]);
  }

  /** Remove a session's items by key (statement ids or stateIds) once delivered some other way (a pagehide request). */
  async removeKeys(session: string, keys: readonly string[]): Promise<void> {
    const wanted = new Set(keys);
    await this.#db.outbox
      .where('session')
      .equals(session)
      .filter((i) => wanted.has(i.key))
      .delete();
  }

  /** Move items the LRS refused for good out of the queue, keeping them with the reason. */
  async refuse(items: readonly QueueItem[], reason: string, now = new Date()): Promise<void> {
    await this.#db.transaction('rw', this.#db.outbox, this.#db.refused, async () => {
      for (const item of items) {
        await this.#db.refused.add({ schema: QUEUE_RECORD_SCHEMA, session: item.session, item, reason, refusedAt: now.toISOString() });
        await this.#db.outbox.delete(item.seq);
      }
    });
  }

  /** How many items are waiting (all sessions, or one). */
  async count(session?: string): Promise<number> {
    return session === undefined ? this.#db.outbox.count() : this.#db.outbox.where('session').equals(session).count();
  }

  /** Items set aside as refused, oldest first. */
  async refusedItems(): Promise<RefusedItem[]> {
    return this.#db.refused.orderBy('id').toArray();
  }

  /** Close the database connection. */
  close(): void {
    this.#db.close();
  }

  async #setAside(row: unknown, reason: string): Promise<void> {
    const seq = (row as { seq?: unknown } | null)?.seq;
    if (typeof seq !== 'number') return;
    await this.#db.transaction('rw', this.#db.outbox, this.#db.refused, async () => {
      await this.#db.refused.add({ schema: QUEUE_RECORD_SCHEMA, session: String((row as { session?: unknown }).session ?? ''), item: row as QueueItem, reason, refusedAt: new Date().toISOString() });
      await this.#db.outbox.delete(seq);
    });
  }
}
