/** The table port the repository is written over, the same behaviour in memory and in IndexedDB. */
import { describe, expect, it } from 'vitest';
import { DexieTables, rehearsalDB } from '../../../src/storage/dexie-tables';
import { MemoryTables } from '../../../src/storage/memory-tables';
import type { TablePort } from '../../../src/storage/table-port';

const ports: Array<[string, () => TablePort]> = [
  ['memory', () => new MemoryTables()],
  ['Dexie', () => new DexieTables(rehearsalDB(`port-${Math.random()}`))],
];

describe.each(ports)('table port (%s)', (_, make) => {
  it('keeps none of a transaction’s writes when its work fails', async () => {
    const port = make();
    await port.transaction('rw', ['reflections'], (tx) => tx.put('reflections', { attemptId: 'kept' }));
    const failing = port.transaction('rw', ['reflections', 'library'], async (tx) => {
      await tx.put('library', { id: 'new' });
      await tx.delete('reflections', 'kept');
      throw new Error('stop');
    });
    await expect(failing).rejects.toThrow('stop');
    expect(await port.transaction('r', ['reflections', 'library'], async (tx) => [await tx.list('reflections'), await tx.list('library')])).toEqual([[{ attemptId: 'kept' }], []]);
  });

  it('refuses a write in a read-only transaction', async () => {
    const port = make();
    await expect(port.transaction('r', ['library'], (tx) => tx.put('library', { id: 'x' }))).rejects.toMatchObject({ name: 'ReadOnlyError' });
  });

  it('finds rows by key, by a compound key, and by an indexed field', async () => {
    const port = make();
    await port.transaction('rw', ['attempts', 'setAside'], async (tx) => {
      for (const [id, moduleId] of [['a', 'm'], ['b', 'n'], ['c', 'm']]) await tx.put('attempts', { id, moduleId });
      await tx.put('setAside', { kind: 'attempt', id: 'a', n: 1 });
    });
    await port.transaction('r', ['attempts', 'setAside'], async (tx) => {
      expect(await tx.get('attempts', 'b')).toEqual({ id: 'b', moduleId: 'n' });
      expect(await tx.get('setAside', ['attempt', 'a'])).toEqual({ kind: 'attempt', id: 'a', n: 1 });
      expect(((await tx.list('attempts', { index: 'moduleId', equals: 'm' })) as Array<{ id: string }>).map((r) => r.id).sort()).toEqual(['a', 'c']);
    });
  });
});
