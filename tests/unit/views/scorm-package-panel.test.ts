/**
 * The SCORM package panel says plainly that a package reports completion and time, that Balint
 * Rehearsal does not grade sessions, and exactly what the optional participation score measures.
 * There is no mastery score field.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ScormPackagePanel from '../../../src/views/instructor/ScormPackagePanel.svelte';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
afterEach(cleanup);

describe('ScormPackagePanel', () => {
  it('reports completion and time by default, offers a participation score, and never a mastery score', () => {
    const { container } = render(ScormPackagePanel, { props: { modules: ['first-group'], assignmentTitle: 'Week 1' } });
    expect(container.textContent).toContain('The package reports completion, time and each choice the learner makes. Balint Rehearsal does not grade sessions; a participation score is optional.');
    expect((screen.getByRole('radio', { name: 'Completion and time only, no score' }) as HTMLInputElement).checked).toBe(true);
    const participation = screen.getByRole('radio', { name: 'Completion, time and a participation score' });
    const hint = document.getElementById(participation.getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, ' ');
    expect(hint).toContain('measures taking part, never the quality of a session or of a choice');
    expect(hint).toContain('50 when the module reaches an ending, plus 50 when the learner saves a reflection at the debrief');
    expect(hint).toContain('never passed or failed');
    expect(screen.queryByRole('textbox', { name: /mastery/i })).toBeNull();
  });

  it('offers SCORM 1.2 (chosen) or SCORM 2004 4th edition, in one group', () => {
    render(ScormPackagePanel, { props: { modules: ['first-group'], assignmentTitle: 'Week 1' } });
    const group = screen.getByRole('group', { name: 'SCORM version' });
    const v12 = screen.getByRole('radio', { name: 'SCORM 1.2 (most LMSs)' }) as HTMLInputElement;
    const v2004 = screen.getByRole('radio', { name: 'SCORM 2004 4th edition' }) as HTMLInputElement;
    expect(group.contains(v12) && group.contains(v2004)).toBe(true);
    expect([v12.checked, v2004.checked]).toEqual([true, false]);
  });
});
