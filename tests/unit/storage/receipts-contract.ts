/**
 * The part of the repository contract for receipts an instructor imported (schema version 5):
 * kept by id in import order, checked on write and on read, carried in backups and replaced by a
 * restore. Run against each implementation beside `repository-contract.ts`.
 */
import { describe, expect, it } from 'vitest';
import { MAX_STORED_RECEIPT_CHARS } from '../../../src/storage/receipt-checks';
import type { TableRepository } from '../../../src/storage/table-repository';
import { DEFAULT_SETTINGS, STORED_RECEIPT_SCHEMA, type StoredReceipt } from '../../../src/storage/types';

const kept = (over: Partial<StoredReceipt> = {}): StoredReceipt => ({
  schema: STORED_RECEIPT_SCHEMA,
  id: '0123456789abcdef',
  fileName: 'ana.json',
  source: '{"format":"balint-rehearsal-receipt"}',
  importedAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

/** Write a row as it is, past the repository's checks (as damage or a newer app would leave it). */
const writeRaw = (repo: TableRepository, row: object) => repo.port.transaction('rw', ['receipts'], (tx) => tx.put('receipts', row));

export function receiptsContract(name: string, make: () => TableRepository) {
  describe(`${name} (imported receipts contract)`, () => {
    it('keeps imported receipts in import order', async () => {
      const repo = make();
      await repo.saveReceipt(kept({ id: 'bbbbbbbbbbbbbbbb', importedAt: '2026-12-01T10:05:00.000Z' }));
      await repo.saveReceipt(kept({ id: 'aaaaaaaaaaaaaaaa', importedAt: '2026-12-01T10:00:00.000Z' }));
      expect((await repo.listReceipts()).map((r) => r.id)).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
    });

    it('deletes a receipt, and deleting an unknown one changes nothing', async () => {
      const repo = make();
      await repo.saveReceipt(kept());
      await repo.deleteReceipt('ffffffffffffffff');
      expect(await repo.listReceipts()).toHaveLength(1);
      await repo.deleteReceipt(kept().id);
      expect(await repo.listReceipts()).toEqual([]);
    });

    it('refuses a receipt record of another shape, and stores nothing', async () => {
      const repo = make();
      for (const bad of [kept({ source: 'x'.repeat(MAX_STORED_RECEIPT_CHARS + 1) }), kept({ source: '' }), { ...kept(), schema: 2 }, { ...kept(), extra: true }, kept({ id: 'not-hex' }), kept({ fileName: 'a\u202Eb.json' }), kept({ importedAt: 'yesterday' })])
        await expect(repo.saveReceipt(bad as StoredReceipt)).rejects.toThrow();
      expect(await repo.listReceipts()).toEqual([]);
    });

    it('does not hand back a stored receipt that fails its check, and lists it as set aside', async () => {
      const repo = make();
      await writeRaw(repo, { ...kept(), schema: 99 });
      expect(await repo.listReceipts()).toEqual([]);
      expect((await repo.listSetAside()).map((r) => [r.kind, r.id, r.reason])).toEqual([['receipt', kept().id, 'unreadable']]);
    });

    it('puts imported receipts in a backup and replaces them with a restore', async () => {
      const repo = make();
      await repo.saveReceipt(kept());
      expect((await repo.exportData()).receipts).toEqual([kept()]);
      await repo.replaceData({ attempts: [], settings: { ...DEFAULT_SETTINGS }, receipts: [kept({ fileName: 'from-backup.json' })] });
      expect((await repo.listReceipts()).map((r) => r.fileName)).toEqual(['from-backup.json']);
      await repo.replaceData({ attempts: [], settings: { ...DEFAULT_SETTINGS } });
      expect((await repo.listReceipts()).map((r) => r.fileName)).toEqual(['from-backup.json']);
    });
  });
}
