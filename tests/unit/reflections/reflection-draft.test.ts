/** ReflectionDraft: load, edit, save, delete and failures that keep the text (no DOM needed). */
import { describe, expect, it, vi } from 'vitest';
import { MAX_REFLECTION_CHARS, ReflectionDraft } from '../../../src/session/reflection-draft.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fakeReflection } from '../fakes';
import { m } from '../../../src/i18n/messages';

/** What the panel says for the draft's status, error and limit (the catalogue's English). */
const status = (d: ReflectionDraft) => m.reflections.status[d.status];
const error = (d: ReflectionDraft) => (d.error ? m.reflections.error(d.error) : '');

const NOW = new Date('2026-11-26T09:30:00.000Z');
function draftOn(repo: MemoryRepository, attemptId = 'a1') {
  return new ReflectionDraft(repo, attemptId, 'fixture-branching', { now: () => NOW });
}

describe('ReflectionDraft', () => {
  it('loads the saved reflection into the field, not dirty', async () => {
    const repo = new MemoryRepository();
    await repo.saveReflection(fakeReflection('a1', { text: 'The silence felt long.' }));
    const d = draftOn(repo);
    await d.load();
    expect(d.loaded).toBe(true);
    expect(d.text).toBe('The silence felt long.');
    expect(d.dirty).toBe(false);
  });

  it('never replaces text typed before loading finished', async () => {
    const repo = new MemoryRepository();
    await repo.saveReflection(fakeReflection('a1', { text: 'old' }));
    const d = draftOn(repo);
    d.text = 'typed at once';
    await d.load();
    expect(d.text).toBe('typed at once');
    expect(d.dirty).toBe(true);
  });

  it('saves the field as a reflection on its attempt and is no longer dirty', async () => {
    const repo = new MemoryRepository();
    const d = draftOn(repo);
    await d.load();
    d.text = 'I wanted to rescue the presenter.';
    expect(d.dirty).toBe(true);
    expect(await d.save()).toBe(true);
    expect(d.dirty).toBe(false);
    expect(status(d)).toBe('Reflection saved on this device.');
    expect(await repo.getReflection('a1')).toEqual({
      schema: 1,
      attemptId: 'a1',
      moduleId: 'fixture-branching',
      text: 'I wanted to rescue the presenter.',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
  });

  it('keeps when it was first written and moves when it was changed on a later save', async () => {
    const repo = new MemoryRepository();
    await repo.saveReflection(fakeReflection('a1', { createdAt: '2026-11-20T08:00:00.000Z' }));
    const d = draftOn(repo);
    await d.load();
    d.text = 'Changed my mind.';
    await d.save();
    expect(await repo.getReflection('a1')).toMatchObject({ createdAt: '2026-11-20T08:00:00.000Z', updatedAt: NOW.toISOString() });
  });

  it('keeps the text and says to export a backup when storage is full', async () => {
    const repo = new MemoryRepository({ quotaBytes: 200 });
    const d = draftOn(repo);
    await d.load();
    d.text = 'A long thought. '.repeat(40);
    expect(await d.save()).toBe(false);
    expect(d.text).toBe('A long thought. '.repeat(40));
    expect(d.dirty).toBe(true);
    expect(error(d)).toMatch(/^Your browser’s storage is full, so your reflection was not saved\. Your text is still in the field: .*download a backup/);
    expect(await repo.getReflection('a1')).toBeUndefined();
  });

  it('keeps the text and gives the reason when a save fails otherwise', async () => {
    const repo = new MemoryRepository();
    vi.spyOn(repo, 'saveReflection').mockRejectedValueOnce(new Error('disk unplugged'));
    const d = draftOn(repo);
    await d.load();
    d.text = 'Still here?';
    expect(await d.save()).toBe(false);
    expect(d.text).toBe('Still here?');
    expect(error(d)).toBe('Your reflection could not be saved (disk unplugged). Your text is still in the field; try again.');
    expect(await d.save()).toBe(true);
    expect(error(d)).toBe('');
  });

  it('does not save text over the limit, and keeps it', async () => {
    const repo = new MemoryRepository();
    const d = draftOn(repo);
    await d.load();
    d.text = 'x'.repeat(MAX_REFLECTION_CHARS + 1);
    expect(d.overLimit).toBe(true);
    expect(await d.save()).toBe(false);
    expect(error(d)).toBe('Your reflection is 10,001 characters long, over the limit of 10,000, so it was not saved. Shorten it, then save again.');
    expect(d.text).toHaveLength(MAX_REFLECTION_CHARS + 1);
    expect(await repo.getReflection('a1')).toBeUndefined();
  });

  it('does not save an emptied field over a saved reflection, and points to Delete', async () => {
    const repo = new MemoryRepository();
    await repo.saveReflection(fakeReflection('a1'));
    const d = draftOn(repo);
    await d.load();
    d.text = '   ';
    expect(await d.save()).toBe(false);
    expect(error(d)).toMatch(/use “Delete reflection”/);
    expect(await repo.getReflection('a1')).toEqual(fakeReflection('a1'));
  });

  it('deletes the saved reflection and empties the field', async () => {
    const repo = new MemoryRepository();
    await repo.saveReflection(fakeReflection('a1'));
    const d = draftOn(repo);
    await d.load();
    expect(await d.delete()).toBe(true);
    expect(d.text).toBe('');
    expect(d.saved).toBeUndefined();
    expect(status(d)).toBe('Your reflection was deleted from this device.');
    expect(await repo.getReflection('a1')).toBeUndefined();
  });

  it('keeps the reflection and says so when a delete fails', async () => {
    const repo = new MemoryRepository();
    await repo.saveReflection(fakeReflection('a1'));
    vi.spyOn(repo, 'deleteReflection').mockRejectedValueOnce(new Error('locked'));
    const d = draftOn(repo);
    await d.load();
    expect(await d.delete()).toBe(false);
    expect(error(d)).toBe('Your reflection could not be deleted (locked). It is still saved; try again.');
    expect(d.text).toBe(fakeReflection('a1').text);
    expect(await repo.getReflection('a1')).toBeDefined();
  });

  it('autosaves only changed, non-empty text within the limit', async () => {
    const repo = new MemoryRepository();
    const save = vi.spyOn(repo, 'saveReflection');
    const d = draftOn(repo);
    await d.load();
    expect(await d.autosave()).toBe(false);
    d.text = '  ';
    expect(await d.autosave()).toBe(false);
    d.text = 'x'.repeat(MAX_REFLECTION_CHARS + 1);
    expect(await d.autosave()).toBe(false);
    expect(save).not.toHaveBeenCalled();
    d.text = 'worth keeping';
    expect(await d.autosave()).toBe(true);
    expect(save).toHaveBeenCalledOnce();
  });

  it('has a limit notice only near the limit, changing only when a threshold is crossed', async () => {
    const d = draftOn(new MemoryRepository());
    const at = (n: number) => {
      d.text = 'x'.repeat(n);
      return m.reflections.limit(d.limit);
    };
    expect(at(8999)).toBe('');
    expect(at(9000)).toBe('Fewer than 1,000 characters left.');
    expect(at(9499)).toBe('Fewer than 1,000 characters left.');
    expect(at(9500)).toBe('Fewer than 500 characters left.');
    expect(at(9950)).toBe('Fewer than 100 characters left.');
    expect(at(10_000)).toBe('You have reached the limit of 10,000 characters.');
    expect(at(10_001)).toBe('Over the limit of 10,000 characters. Shorten your reflection to save it.');
  });
});
