/**
 * The Progress page names endings by title and kind (never strong/mixed/difficult) and shows the
 * competency profile across attempts as tendencies in words, not "evidence for/against" counts.
 * The catalogue holds one module built in code (tests/unit/fake-script.ts).
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../src/app/app-context';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import ProgressView from '../../../src/views/ProgressView.svelte';
import WithApp from '../instructor/WithApp.svelte';
import { fakeAttempt } from '../fakes';

vi.mock('virtual:balint/catalog', async () => {
  const { summarise } = await import('../../../src/catalog/summarise');
  const { fakeScript } = await import('../fake-script');
  return { ...(await import('../mock-catalog')), summaries: [summarise(fakeScript())], loaders: { 'fake-module': async () => fakeScript() } };
});
vi.mock('virtual:balint/catalog-details', async () => {
  const { summarise } = await import('../../../src/catalog/summarise');
  const { splitSummary } = await import('../../../src/catalog/split-summary');
  const { fakeScript } = await import('../fake-script');
  return { ...(await import('../mock-catalog')), details: { 'fake-module': splitSummary(summarise(fakeScript())).details } };
});
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
afterEach(cleanup);

const step = (choice: string) => ({ type: 'choice' as const, scene: 'ask', choice, at: '2026-11-25T10:00:00.000Z' });

describe('Progress', () => {
  it('names endings by title and kind, and words the competency profile as tendencies', async () => {
    const repo = new MemoryRepository();
    for (const choice of ['protect', 'protect', 'wait'])
      await repo.saveAttempt(fakeAttempt({ moduleId: 'fake-module', status: 'completed', endingId: 'end', sceneId: 'end', steps: [step(choice)] }));
    const services: AppServices = { repo: Object.assign(repo, { persistent: false }), ready: Promise.resolve(Object.assign(repo, { persistent: false })) };
    render(WithApp, { props: { services, component: ProgressView } });
    const table = await screen.findByRole('region', { name: 'Competency profile table' });
    const module = await screen.findByRole('heading', { level: 3, name: 'Fake module' });
    expect(module.parentElement!.querySelector('ul')!.textContent).toBe('The session ends (the presenter left with a question)');
    expect(screen.getAllByRole('link', { name: /^The session ends \(the presenter left with a question\) ?\(open the debrief\)$/ })).toHaveLength(3);
    expect(table.textContent).toContain('You often protected the presenter (2 of 3 moves that touched it).');
    expect(table.textContent).toContain('Once, you stayed with silence and not knowing (the only move that touched it).');
    expect(table.textContent).not.toMatch(/Evidence for|Evidence against|Times practised/);
    expect(document.body.textContent).not.toMatch(/\b(strong|mixed|difficult)\b/i);
  });
});
