/** "Your reflections" on the Progress page, rendered with a memory repository (jsdom). */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { summaries } from '../../../src/catalog/catalog';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import ReflectionList from '../../../src/views/ReflectionList.svelte';
import { fakeReflection } from '../fakes';

afterEach(() => cleanup());
const [m] = summaries;

describe('ReflectionList', () => {
  it('lists each reflection with its module title, date, text and a link to edit it in the debrief', async () => {
    const repo = new MemoryRepository();
    await repo.saveReflection(fakeReflection('older', { moduleId: m!.id, text: 'First thoughts.', updatedAt: '2026-11-20T10:00:00.000Z' }));
    await repo.saveReflection(fakeReflection('newer', { moduleId: m!.id, text: 'Second\nthoughts.', updatedAt: '2026-11-24T10:00:00.000Z' }));
    render(ReflectionList, { props: { repo } });
    expect(screen.getByRole('heading', { level: 2, name: 'Your reflections' })).toBeTruthy();
    expect(screen.getByText(/^Private: kept only on this device\./)).toBeTruthy();
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]!);
    expect(first.getByRole('heading', { level: 3, name: m!.title })).toBeTruthy();
    expect(first.getByText(/^Last changed /)).toBeTruthy();
    expect(first.getByText(/^Second\s+thoughts\.$/)).toBeTruthy();
    const edit = first.getByRole('link', { name: (n) => n.startsWith(`Edit this reflection on ${m!.title} (`) });
    expect(edit.getAttribute('href')).toBe('#/debrief/newer?reflection');
  });

  it('shows HTML in a reflection as text', async () => {
    const repo = new MemoryRepository();
    const html = '<img src=x onerror="globalThis.hacked=1"> <a href="javascript:alert(1)">link</a>';
    await repo.saveReflection(fakeReflection('a1', { text: html }));
    const { container } = render(ReflectionList, { props: { repo } });
    expect((await screen.findByText(html)).textContent).toBe(html);
    expect(container.querySelector('img, a[href^="javascript"]')).toBeNull();
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('says where a reflection can be written when there is none', async () => {
    render(ReflectionList, { props: { repo: new MemoryRepository() } });
    expect(await screen.findByText('You have not written a reflection yet. You can write one in the debrief at the end of any session.')).toBeTruthy();
  });
});
