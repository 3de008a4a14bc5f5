import { describe, expect, it } from 'vitest';
import { assignmentId } from '../../../src/assignments/assignment-link';
import { cohortCompetencies, cohortCsvRows, cohortRows, cohortTarget, judgeReceipts, moduleTitle, type ReadFile } from '../../../src/instructor/cohort';
import { m } from '../../../src/i18n/messages';
import { toCsv } from '../../../src/instructor/csv';
import { makeReceipt } from '../../../src/assignments/receipt';
import type { Assignment, Receipt } from '../../../src/assignments/types';
import { fakeAttempt } from '../fakes';
import { M1, fakeAssignment } from './fakes';

async function receipt(learner: string, assignment: Assignment = fakeAssignment(), at = '2026-11-25T12:00:00.000Z'): Promise<Receipt> {
  const attempts = [fakeAttempt({ moduleId: M1, status: 'completed', endingId: 'x', activeMs: 120_000 })];
  return makeReceipt({ assignment, assignmentId: await assignmentId(assignment), attempts, scripts: new Map(), learner, now: new Date(at) });
}
const file = (fileName: string, r: Receipt): ReadFile => ({ fileName, result: { ok: true, receipt: r } });

describe('cohort import', () => {
  it('names a module neither this app nor any receipt has in words, never by its id', () => {
    expect(moduleTitle('retired-module', [])).toBe(m.myAssignments.gone);
  });

  it('accepts receipts of the target assignment and sorts learners by name', async () => {
    const reads = [file('b.json', await receipt('Bea')), file('a.json', await receipt('Ana'))];
    const target = cohortTarget(reads)!;
    const rows = cohortRows(judgeReceipts(reads, target));
    expect(rows.map((r) => r.learner)).toEqual(['Ana', 'Bea']);
    expect(rows[0]!.cells[0]).toMatchObject({ moduleId: M1, status: 'completed' });
  });

  it('flags damaged files, other assignments and duplicates with reasons', async () => {
    const other = fakeAssignment({ title: 'Another course' });
    const older = await receipt('Ana', undefined, '2026-11-20T12:00:00.000Z');
    const newer = await receipt('  ana ', undefined, '2026-11-24T12:00:00.000Z');
    const reads: ReadFile[] = [
      file('ana-old.json', older),
      { fileName: 'broken.json', result: { ok: false, flag: 'damaged', problem: { code: 'checksum-mismatch' } } },
      file('other.json', await receipt('Cy', other)),
      file('ana-new.json', newer),
      file('ana-copy.json', newer),
    ];
    const target = { id: await assignmentId(fakeAssignment()), assignment: fakeAssignment() };
    const judged = judgeReceipts(reads, target);
    expect(judged.map((j) => (j.ok ? 'ok' : j.flag))).toEqual(['duplicate', 'damaged', 'mismatch', 'ok', 'duplicate']);
    const why = (x: (typeof judged)[number]) => (x.ok ? '' : m.cohortImport.why(x.why));
    expect(why(judged[0]!)).toContain('“ana-new.json” is a newer receipt');
    expect(why(judged[2]!)).toContain('Another course');
    expect(why(judged[4]!)).toBe('it is the same receipt as “ana-new.json”');
  });

  it('sums competency evidence across learners', () => {
    const r = (competencies: Receipt['competencies']) => ({ competencies }) as Receipt;
    const rows = [
      { receipt: r([{ competency: 'c1', practised: 2, for: 2, against: 0 }]) },
      { receipt: r([{ competency: 'c1', practised: 1, for: 0, against: 1 }, { competency: 'c2', practised: 1, for: 1, against: 0 }]) },
    ] as unknown as Parameters<typeof cohortCompetencies>[0];
    expect(cohortCompetencies(rows)).toEqual([
      { competency: 'c1', learners: 2, for: 2, against: 1 },
      { competency: 'c2', learners: 1, for: 1, against: 0 },
    ]);
  });

  it('exports the table as CSV with hostile names guarded', async () => {
    const reads = [file('x.json', await receipt('=cmd|"/C calc"!A0'))];
    const target = cohortTarget(reads)!;
    const csv = toCsv(cohortCsvRows(target, cohortRows(judgeReceipts(reads, target))));
    const [head, line] = csv.split('\r\n');
    expect(head).toMatch(/^Learner,All required completed,Required completed,/);
    expect(line).toMatch(/^"'=cmd\|""\/C calc""!A0",yes,1 of 1,Completed,/);
  });
});
