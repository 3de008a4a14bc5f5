/**
 * Endings are named by title and kind, never ranked: the one helper the views use, the cohort
 * table (from receipts, version 2 with kinds and version 1 read without its outcome) and the
 * cohort CSV.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kindLabel } from '../../../src/catalog/kind-label';
import { m } from '../../../src/i18n/messages';
import { cohortCsvRows, cohortRows } from '../../../src/instructor/cohort';
import type { Receipt } from '../../../src/assignments/types';
import CohortTable from '../../../src/views/instructor/CohortTable.svelte';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
const endingName = (e: { title: string; kind?: string }) => m.endings.name(e.title, kindLabel(e.kind));
afterEach(cleanup);

const assignment = { v: 1 as const, title: 'Week 1', cohort: '', feedback: 'debrief' as const, modules: [{ id: 'own-case', required: true }] };
function receipt(learner: string, endings: Receipt['modules'][number]['endings'], version: 1 | 2 = 2): Receipt {
  return {
    format: 'balint-rehearsal-receipt',
    version,
    appVersion: '0.1.0',
    createdAt: '2026-11-25T12:00:00.000Z',
    learner,
    assignmentId: '0123456789abcdef',
    assignment,
    complete: true,
    modules: [{ id: 'own-case', title: 'Own case', required: true, contentHash: 'x', status: 'completed', completedAttempts: 1, endings, activeMs: 60_000 }],
    competencies: [],
    activeMs: 60_000,
    checksum: `sha256:${learner.length.toString(16).padStart(64, '0')}`,
  };
}

describe('ending names', () => {
  it('are the title and the kind’s label, or the title alone without a kind', () => {
    expect(kindLabel('settled-on-advice')).toBe('The group settled on advice');
    expect(kindLabel(undefined)).toBeUndefined();
    expect(endingName({ title: 'A list of tips, and a question', kind: 'settled-on-advice' })).toBe('A list of tips, and a question (the group settled on advice)');
    expect(endingName({ title: 'Guarded' })).toBe('Guarded');
  });

  it('leave out a kind this app does not know (a receipt from a newer version), never naming it by id', () => {
    expect(kindLabel('kind-from-a-newer-app')).toBeUndefined();
    expect(endingName({ title: 'Guarded', kind: 'kind-from-a-newer-app' })).toBe('Guarded');
  });

  it('show in the cohort table by title and kind, never as strong, mixed or difficult', () => {
    const rows = cohortRows([
      { ok: true, fileName: 'a.json', receipt: receipt('Ana', [{ id: 'e1', title: 'Owen leaves with a question', kind: 'left-with-a-question' }]) },
      { ok: true, fileName: 'b.json', receipt: receipt('Bella', [{ id: 'e2', title: 'Some tips' }], 1) },
    ]);
    render(CohortTable, { props: { target: { id: '0123456789abcdef', assignment }, rows } });
    const table = screen.getByRole('table');
    expect(table.textContent).toContain('Owen leaves with a question (the presenter left with a question)');
    expect(table.textContent).toContain('Some tips');
    expect(table.textContent).not.toMatch(/strong|mixed|difficult/i);
    const csv = cohortCsvRows({ id: '0123456789abcdef', assignment }, rows);
    expect(csv[1]).toContain('Owen leaves with a question (the presenter left with a question)');
    expect(csv[2]).toContain('Some tips');
  });
});
