/** The reflection panel at the debrief, rendered with a memory repository (jsdom). */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import ReflectionPanel from '../../../src/views/ReflectionPanel.svelte';
import { fakeReflection } from '../fakes';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const FIELD = 'Your reflection on this session';
function show(repo: MemoryRepository, props: Record<string, unknown> = {}) {
  return render(ReflectionPanel, { props: { repo, attemptId: 'a1', moduleId: 'fixture-branching', ...props } });
}
async function type(text: string) {
  await fireEvent.input(await screen.findByLabelText(FIELD), { target: { value: text } });
}
/** Text of the elements named by the field's aria-describedby. */
function description(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('ReflectionPanel', () => {
  it('says the reflection is private and stays on this device, in the field’s description', async () => {
    show(new MemoryRepository());
    expect(screen.getByRole('heading', { level: 2, name: 'Your reflection' })).toBeTruthy();
    const field = await screen.findByRole('textbox', { name: FIELD });
    const said = description(field).replace(/\s+/g, ' ');
    expect(said).toContain('Private. Your reflection stays on this device.');
    expect(said).toContain('It leaves it only if you download a backup, or if you tick it when you export a completion receipt');
  });

  it('offers prompts about what the learner noticed and felt, not the right answer', () => {
    show(new MemoryRepository());
    const prompts = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(prompts).toHaveLength(3);
    expect(prompts.join(' ')).toMatch(/noticed in yourself.*felt towards the patient, the doctor and the presenter.*moment has stayed with you/s);
    expect(screen.getByText(/There is no right answer to find here/)).toBeTruthy();
  });

  it('saves with “Save reflection” and shows the text again when opened anew', async () => {
    const repo = new MemoryRepository();
    show(repo);
    await type('The presenter looked relieved when we stopped asking questions.');
    await fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Reflection saved on this device.'));
    cleanup();
    show(repo);
    await waitFor(() => expect((screen.getByRole('textbox', { name: FIELD }) as HTMLTextAreaElement).value).toBe('The presenter looked relieved when we stopped asking questions.'));
    expect(screen.getByText(/^Saved on this device, /)).toBeTruthy();
  });

  it('keeps text with HTML as text', async () => {
    const repo = new MemoryRepository();
    const html = '<img src=x onerror="globalThis.hacked=1"><b>bold</b>';
    await repo.saveReflection(fakeReflection('a1', { text: html }));
    const { container } = show(repo);
    await waitFor(() => expect((screen.getByRole('textbox', { name: FIELD }) as HTMLTextAreaElement).value).toBe(html));
    expect(container.querySelector('img, b')).toBeNull();
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('keeps the text in the field and says why when storage is full', async () => {
    const repo = new MemoryRepository({ quotaBytes: 100 });
    show(repo);
    await type('Too much to keep. '.repeat(20));
    await fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage is full.*download a backup/);
    const field = screen.getByRole('textbox', { name: FIELD }) as HTMLTextAreaElement;
    expect(field.value).toBe('Too much to keep. '.repeat(20));
    expect(description(field)).toMatch(/storage is full/);
    expect(screen.getByText('Not saved yet.')).toBeTruthy();
  });

  it('deletes only after confirmation, and “Keep it” changes nothing', async () => {
    const repo = new MemoryRepository();
    await repo.saveReflection(fakeReflection('a1'));
    show(repo);
    await fireEvent.click(await screen.findByRole('button', { name: 'Delete reflection' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' })));
    await fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(await repo.getReflection('a1')).toBeDefined();
    await fireEvent.click(await screen.findByRole('button', { name: 'Delete reflection' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your reflection was deleted from this device.'));
    expect(await repo.getReflection('a1')).toBeUndefined();
    expect((screen.getByRole('textbox', { name: FIELD }) as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByRole('button', { name: 'Delete reflection' })).toBeNull();
  });

  it('saves typed text when the learner leaves the field', async () => {
    const repo = new MemoryRepository();
    show(repo);
    await type('Saved on the way out.');
    await fireEvent.blur(screen.getByRole('textbox', { name: FIELD }));
    await waitFor(async () => expect((await repo.getReflection('a1'))?.text).toBe('Saved on the way out.'));
  });

  it('saves typed text when the panel goes away (leaving the screen)', async () => {
    const repo = new MemoryRepository();
    const { unmount } = show(repo);
    await type('Written, then the learner clicked a link.');
    unmount();
    await waitFor(async () => expect((await repo.getReflection('a1'))?.text).toBe('Written, then the learner clicked a link.'));
  });

  it('shows the count and announces only near the limit', async () => {
    show(new MemoryRepository());
    const live = () => document.querySelector('[aria-live="polite"]:not([role])')!.textContent;
    await type('x'.repeat(100));
    expect(screen.getByText('100 of 10,000 characters')).toBeTruthy();
    expect(live()).toBe('');
    await type('x'.repeat(9_600));
    expect(live()).toBe('Fewer than 500 characters left.');
  });

  it('moves focus to its heading when asked to reveal itself', async () => {
    show(new MemoryRepository(), { reveal: true });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your reflection' })));
  });
});
