/**
 * The authoring screen's draft is saved as the author types (after a pause, not on every key),
 * at once when asked, restored when the screen opens, and says where it stands.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftKeeper, SAVE_DELAY_MS } from '../../../src/authoring/draft-keeper.svelte';
import { MemoryDraftStore } from '../../../src/authoring/memory-draft-store';
import type { Draft } from '../../../src/authoring/types';
import { draft } from './draft-store-contract';
import { MAX_SCRIPT_BYTES } from '../../../src/script/limits';

/** A memory store that counts its saves. */
class CountingStore extends MemoryDraftStore {
  saves: Draft[] = [];
  override async save(d: Draft) {
    this.saves.push(d);
    await super.save(d);
  }
}

/** A store whose saves fail (a full disk, a browser that refuses). */
class FailingStore extends MemoryDraftStore {
  override async save(): Promise<void> {
    throw new Error('QuotaExceededError');
  }
}

describe('DraftKeeper', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('saves once after a pause in typing, with the latest text, not on every change', async () => {
    const store = new CountingStore();
    const keeper = new DraftKeeper(store);
    for (const text of ['-', '--', '---']) keeper.change(text, 'mine.md');
    expect(keeper.status).toBe('unsaved');
    expect(store.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(store.saves.map((d) => [d.v, d.text, d.fileName])).toEqual([[1, '---', 'mine.md']]);
    expect(keeper.status).toBe('saved');
    expect(keeper.savedAt).toBe(store.saves[0]!.savedAt);
  });

  it('saves at once when flushed (before leaving the screen)', async () => {
    const store = new CountingStore();
    const keeper = new DraftKeeper(store);
    keeper.change('---', 'mine.md');
    expect(await keeper.flush()).toBe(true);
    expect(store.saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(store.saves).toHaveLength(1);
  });

  it('restores the saved draft and reports it saved', async () => {
    const store = new MemoryDraftStore();
    await store.save(draft('---\nid: mine\n'));
    const keeper = new DraftKeeper(store);
    expect(await keeper.restore()).toEqual(draft('---\nid: mine\n'));
    expect(keeper.status).toBe('saved');
  });

  it('starts empty when the stored draft is of another version', async () => {
    const store = new MemoryDraftStore();
    await store.save({ ...draft('old'), v: 2 } as unknown as Draft);
    const keeper = new DraftKeeper(store);
    expect(await keeper.restore()).toBeUndefined();
    expect(keeper.status).toBe('empty');
  });

  it('forgets the draft when the author empties the editor', async () => {
    const store = new MemoryDraftStore();
    const keeper = new DraftKeeper(store);
    keeper.change('---', 'mine.md');
    await keeper.flush();
    keeper.change('', 'mine.md');
    await keeper.flush();
    expect(await store.load()).toBeUndefined();
    expect(keeper.status).toBe('empty');
  });

  it('says the draft could not be saved when the store refuses it', async () => {
    const keeper = new DraftKeeper(new FailingStore());
    keeper.change('---', 'mine.md');
    expect(await keeper.flush()).toBe(false);
    expect(keeper.status).toBe('failed');
  });

  it('does not keep a text longer than a script may be', async () => {
    const store = new CountingStore();
    const keeper = new DraftKeeper(store);
    keeper.change('x'.repeat(1_000_001), 'huge.md');
    expect(await keeper.flush()).toBe(false);
    expect(keeper.status).toBe('too-long');
    expect(store.saves).toEqual([]);
  });

  it('does not keep a text larger in UTF-8 than a script file may be, though shorter in characters', async () => {
    const store = new CountingStore();
    const keeper = new DraftKeeper(store);
    keeper.change('é'.repeat(MAX_SCRIPT_BYTES / 2 + 1), 'accents.md');
    expect(await keeper.flush()).toBe(false);
    expect(keeper.status).toBe('too-long');
    expect(store.saves).toEqual([]);
  });

  it('discards the draft: the store forgets it and nothing is left to save', async () => {
    const store = new CountingStore();
    const keeper = new DraftKeeper(store);
    keeper.change('---', 'mine.md');
    await keeper.flush();
    keeper.change('--- more', 'mine.md');
    expect(await keeper.discard()).toBe(true);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(await store.load()).toBeUndefined();
    expect(keeper.status).toBe('empty');
    expect(keeper.savedAt).toBeNull();
  });
});
