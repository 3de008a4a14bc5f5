/**
 * In a SCORM package with a participation score, saving a reflection at the debrief is reported to
 * the LMS (that it was saved, never its text), and the panel says so beside the field.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReflectionDraft } from '../../../src/session/reflection-draft.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import ReflectionPanel from '../../../src/views/ReflectionPanel.svelte';

const hooks = vi.hoisted(() => ({ lmsCountsReflections: vi.fn(() => true), lmsReflectionSaved: vi.fn() }));
vi.mock('../../../src/lms/lms-hooks', () => hooks);
afterEach(cleanup);

describe('reflections and the participation score', () => {
  it('tells the draft’s listener after each save that stored something, and only then', async () => {
    const saved: string[] = [];
    const draft = new ReflectionDraft(new MemoryRepository(), 'a1', 'm1', { onSaved: (r) => saved.push(`${r.moduleId}:${r.text}`) });
    await draft.load();
    expect(await draft.save()).toBe(false); // nothing to save yet
    draft.text = 'Something stayed with me.';
    await draft.save();
    await draft.save(); // unchanged: nothing stored again
    expect(saved).toEqual(['m1:Something stayed with me.']);
  });

  it('reports a saved reflection to the LMS by module only, and says so in the field’s description', async () => {
    render(ReflectionPanel, { props: { repo: new MemoryRepository(), attemptId: 'a1', moduleId: 'first-group' } });
    const field = await screen.findByRole('textbox', { name: 'Your reflection on this session' });
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ');
    expect(described).toContain('your LMS is told that you saved a reflection, never what it says');
    await fireEvent.input(field, { target: { value: 'Private words.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(hooks.lmsReflectionSaved).toHaveBeenCalledWith('first-group'));
    expect(JSON.stringify(hooks.lmsReflectionSaved.mock.calls)).not.toContain('Private words');
  });
});
