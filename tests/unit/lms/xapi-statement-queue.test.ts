/** The xAPI outbox in IndexedDB (fake-indexeddb): order, replacing stale state documents, setting aside, versions. */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { QUEUE_DB_VERSION, StatementQueue, UNREADABLE, type NewQueueItem } from '../../../src/storage/statement-queue';

let n = 0;
const fresh = () => {
  const name = `queue-test-${++n}-${Math.random()}`;
  return { name, queue: new StatementQueue(name) };
};
const statement = (id: string, session = 's1'): NewQueueItem => ({ session, kind: 'statement', key: id, body: { id } });
const state = (body: unknown, session = 's1'): NewQueueItem => ({ session, kind: 'state', key: 'progress', body });

describe('the statement queue', () => {
  it('gives items back oldest first, across appends and sessions', async () => {
    const { queue } = fresh();
    await queue.append([statement('a'), statement('b')]);
    await queue.append([statement('c', 's2')]);
    expect((await queue.peek(10)).map((i) => [i.session, i.key])).toEqual([['s1', 'a'], ['s1', 'b'], ['s2', 'c']]);
    expect(await queue.count()).toBe(3);
    expect(await queue.count('s1')).toBe(2);
  });

  it('keeps only the newest waiting copy of a state document, after the statements queued before it', async () => {
    const { queue } = fresh();
    await queue.append([statement('a'), state({ step: 1 })]);
    await queue.append([statement('b'), state({ step: 2 })]);
    expect((await queue.peek(10)).map((i) => [i.key, i.body])).toEqual([['a', { id: 'a' }], ['b', { id: 'b' }], ['progress', { step: 2 }]]);
  });

  it('removes delivered items, by position or by key', async () => {
    const { queue } = fresh();
    await queue.append([statement('a'), statement('b'), statement('c')]);
    const [first] = await queue.peek(1);
    await queue.remove([first!.seq]);
    await queue.removeKeys('s1', ['c']);
    expect((await queue.peek(10)).map((i) => i.key)).toEqual(['b']);
  });

  it('sets refused items aside with the reason, never to be sent again', async () => {
    const { queue } = fresh();
    await queue.append([statement('a'), statement('b')]);
    const [a] = await queue.peek(1);
    await queue.refuse([a!], 'HTTP 400: bad');
    expect((await queue.peek(10)).map((i) => i.key)).toEqual(['b']);
    expect((await queue.refusedItems()).map((r) => [r.item.key, r.reason])).toEqual([['a', 'HTTP 400: bad']]);
  });

  it('sets aside a stored row it cannot read rather than sending it', async () => {
    const { name, queue } = fresh();
    await queue.append([statement('a'), statement('b')]);
    queue.close();
    const raw = new Dexie(name);
    raw.version(QUEUE_DB_VERSION).stores({ sessions: 'key', outbox: '++seq, session', refused: '++id, session' });
    await raw.table('outbox').update(1, { schema: 99 });
    raw.close();
    const again = new StatementQueue(name);
    expect((await again.peek(10)).map((i) => i.key)).toEqual(['b']);
    expect((await again.refusedItems()).map((r) => r.reason)).toEqual([UNREADABLE]);
  });

  it('forgets an earlier session (and its token) once nothing of it is waiting, and never the live one', async () => {
    const { queue } = fresh();
    for (const key of ['s1', 'live']) await queue.saveSession({ key, data: { v: 1 }, createdAt: '2026-12-01T10:00:00.000Z' });
    await queue.append([statement('a')]);
    await queue.pruneSessions(['live']);
    expect(await queue.getSession('s1')).toMatchObject({ key: 's1', data: { v: 1 } });
    await queue.removeKeys('s1', ['a']);
    await queue.pruneSessions(['live']);
    expect(await queue.getSession('s1')).toBeUndefined();
    expect(await queue.getSession('live')).toMatchObject({ key: 'live' });
  });
});
