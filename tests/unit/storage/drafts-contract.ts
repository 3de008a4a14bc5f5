/**
 * The part of the repository contract for the authoring screen's drafts (schema version 5): kept
 * by id, checked on write and on read, size-limited like a script file, carried in backups and
 * replaced by a restore. Run against each implementation beside `repository-contract.ts`.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SCRIPT_BYTES } from '../../../src/script/limits';
import { MAX_DRAFT_BYTES } from '../../../src/storage/draft-checks';
import type { TableRepository } from '../../../src/storage/table-repository';
import { DEFAULT_SETTINGS, STORED_DRAFT_SCHEMA, type StoredDraft } from '../../../src/storage/types';

const draft = (over: Partial<StoredDraft> = {}): StoredDraft => ({
  schema: STORED_DRAFT_SCHEMA,
  id: 'authoring',
  source: '---\nid: my-case\n---\n',
  fileName: 'my-case.md',
  savedAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

/** Write a row as it is, past the repository's checks (as damage or a newer app would leave it). */
const writeRaw = (repo: TableRepository, row: object) => repo.port.transaction('rw', ['drafts'], (tx) => tx.put('drafts', row));

export function draftsContract(name: string, make: () => TableRepository) {
  describe(`${name} (drafts contract)`, () => {
    it('keeps a draft by id, replaced when saved again', async () => {
      const repo = make();
      expect(await repo.getDraft('authoring')).toBeUndefined();
      await repo.saveDraft(draft());
      await repo.saveDraft(draft({ source: 'second', savedAt: '2026-12-01T10:05:00.000Z' }));
      expect(await repo.getDraft('authoring')).toEqual(draft({ source: 'second', savedAt: '2026-12-01T10:05:00.000Z' }));
      expect((await repo.listDrafts()).map((d) => d.id)).toEqual(['authoring']);
    });

    it('deletes a draft, and deleting an unknown one changes nothing', async () => {
      const repo = make();
      await repo.saveDraft(draft());
      await repo.deleteDraft('authoring');
      await repo.deleteDraft('nope');
      expect(await repo.listDrafts()).toEqual([]);
    });

    it('limits a draft to the size of a script file', () => {
      expect(MAX_DRAFT_BYTES).toBe(MAX_SCRIPT_BYTES);
    });

    it('refuses a draft larger than a script file may be, or of another shape, and stores nothing', async () => {
      const repo = make();
      for (const bad of [draft({ source: 'x'.repeat(MAX_SCRIPT_BYTES + 1) }), { ...draft(), schema: 2 }, { ...draft(), extra: true }, draft({ id: '' }), draft({ fileName: 'a\u202Eb.md' }), draft({ savedAt: 'yesterday' })])
        await expect(repo.saveDraft(bad as StoredDraft)).rejects.toThrow();
      expect(await repo.listDrafts()).toEqual([]);
    });

    it('does not hand back a stored draft that fails its check, and lists it as set aside', async () => {
      const repo = make();
      await writeRaw(repo, { ...draft(), schema: 99 });
      expect(await repo.getDraft('authoring')).toBeUndefined();
      expect(await repo.listDrafts()).toEqual([]);
      expect((await repo.listSetAside()).map((r) => [r.kind, r.id, r.reason])).toEqual([['draft', 'authoring', 'unreadable']]);
    });

    it('puts drafts in a backup and replaces them with a restore', async () => {
      const repo = make();
      await repo.saveDraft(draft());
      expect((await repo.exportData()).drafts).toEqual([draft()]);
      await repo.replaceData({ attempts: [], settings: { ...DEFAULT_SETTINGS }, drafts: [draft({ source: 'from the backup' })] });
      expect((await repo.getDraft('authoring'))?.source).toBe('from the backup');
      await repo.replaceData({ attempts: [], settings: { ...DEFAULT_SETTINGS } });
      expect((await repo.getDraft('authoring'))?.source).toBe('from the backup');
    });
  });
}
