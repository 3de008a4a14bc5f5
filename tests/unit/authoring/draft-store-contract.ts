/**
 * What every DraftStore promises (src/authoring/types.ts), as one suite to run against each
 * implementation: the memory one here, the repository's IndexedDB one when the lead wires it.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_VERSION, type Draft, type DraftStore } from '../../../src/authoring/types';

/** A draft with `text`. */
export const draft = (text: string, savedAt = '2026-11-30T10:00:00.000Z'): Draft => ({ v: DRAFT_VERSION, text, fileName: 'my-script.md', savedAt });

/** Run the contract against stores made by `make` (a fresh, empty store each time). */
export function draftStoreContract(name: string, make: () => DraftStore | Promise<DraftStore>) {
  describe(`DraftStore contract: ${name}`, () => {
    it('has no draft until one is saved', async () => {
      expect(await (await make()).load()).toBeUndefined();
    });

    it('gives back the draft saved, field for field', async () => {
      const store = await make();
      await store.save(draft('---\nid: mine\n---\n'));
      expect(await store.load()).toEqual(draft('---\nid: mine\n---\n'));
    });

    it('keeps only the latest draft saved', async () => {
      const store = await make();
      await store.save(draft('first'));
      await store.save(draft('second', '2026-11-30T10:05:00.000Z'));
      expect(await store.load()).toEqual(draft('second', '2026-11-30T10:05:00.000Z'));
    });

    it('forgets the draft when cleared', async () => {
      const store = await make();
      await store.save(draft('soon gone'));
      await store.clear();
      expect(await store.load()).toBeUndefined();
    });

    it('is not changed by changing the object saved or the object loaded', async () => {
      const store = await make();
      const saved = draft('kept');
      await store.save(saved);
      saved.text = 'changed after saving';
      (await store.load())!.text = 'changed after loading';
      expect((await store.load())?.text).toBe('kept');
    });
  });
}
