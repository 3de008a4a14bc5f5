/**
 * The warning before leaving with unsaved work: what leaving would lose (leave-risk.ts), and the
 * guard the authoring screen puts on the page (leave-guard.ts) for the browser's own prompt
 * (reload, close) and the app's links to other screens.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftKeeper } from '../../../src/authoring/draft-keeper.svelte';
import { leaveRisk } from '../../../src/authoring/leave-risk';
import { MemoryDraftStore } from '../../../src/authoring/memory-draft-store';
import { m } from '../../../src/i18n/messages';
import { guardLeaving } from '../../../src/views/authoring/leave-guard';

/** A memory store that says it outlives the page, as the repository's will. */
class DurableStore extends MemoryDraftStore {
  override readonly durable = true;
}
class FailingStore extends MemoryDraftStore {
  override async save(): Promise<void> {
    throw new Error('QuotaExceededError');
  }
}

describe('what leaving would lose', () => {
  it.each([
    ['page', 'empty', false, undefined],
    ['page', 'unsaved', true, 'unsaved'],
    ['page', 'failed', true, 'unsaved'],
    ['page', 'saved', true, undefined],
    ['page', 'saved', false, 'not-kept'],
    ['screen', 'saved', false, undefined],
    ['screen', 'saving', false, 'unsaved'],
    ['screen', 'too-long', true, 'unsaved'],
  ] as const)('leaving the %s with a draft %s (store durable: %s) loses %s', (leaving, status, durable, risk) => {
    expect(leaveRisk(leaving, { status, durable })).toBe(risk);
  });
});

describe('the guard on the authoring screen', () => {
  let unguard: (() => void) | undefined;
  afterEach(() => {
    unguard?.();
    document.body.replaceChildren();
    location.hash = '';
  });

  /** A link to another screen, clicked. */
  function clickLink(href: string) {
    const a = Object.assign(document.createElement('a'), { href, textContent: 'Modules' });
    document.body.append(a);
    a.click();
  }

  it.each([
    ['asks', 'lives only in memory', new MemoryDraftStore(), true],
    ['does not ask', 'is saved where it outlives the page', new DurableStore(), false],
  ])('%s before a reload or close when the draft %s', async (_asks, _where, store, asked) => {
    const keeper = new DraftKeeper(store);
    keeper.change('---', 'mine.md');
    await keeper.flush();
    unguard = guardLeaving(keeper, '#/author');
    const event = new Event('beforeunload', { cancelable: true });
    dispatchEvent(event);
    expect(event.defaultPrevented).toBe(asked);
  });

  it.each([['pagehide', () => dispatchEvent(new Event('pagehide'))], ['the page being hidden', () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  }]] as const)('saves a pending change at once on %s', async (_when, hide) => {
    const store = new DurableStore();
    const keeper = new DraftKeeper(store, 60_000);
    unguard = guardLeaving(keeper, '#/author');
    keeper.change('--- typed just now', 'mine.md');
    hide();
    await vi.waitFor(async () => expect((await store.load())?.text).toBe('--- typed just now'));
    expect(keeper.status).toBe('saved');
  });

  it('saves a pending change before a link leaves the screen, without asking', async () => {
    const store = new MemoryDraftStore();
    const keeper = new DraftKeeper(store);
    const ask = vi.fn(() => false);
    unguard = guardLeaving(keeper, '#/author', ask);
    keeper.change('--- typed a moment ago', 'mine.md');
    clickLink('#/teaching');
    await vi.waitFor(() => expect(location.hash).toBe('#/teaching'));
    expect(ask).not.toHaveBeenCalled();
    expect((await store.load())?.text).toBe('--- typed a moment ago');
  });

  it('asks in the app\'s words before a link leaves changes that could not be saved, and stays when the author declines', async () => {
    const keeper = new DraftKeeper(new FailingStore());
    const ask = vi.fn(() => false);
    unguard = guardLeaving(keeper, '#/author', ask);
    location.hash = '#/author';
    keeper.change('--- not saved', 'mine.md');
    clickLink('#/');
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith(m.authoring.leaveUnsaved));
    expect(location.hash).toBe('#/author');
  });
});
