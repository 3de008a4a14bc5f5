import { describe, expect, it } from 'vitest';
import { assignmentId } from '../../../src/assignments/assignment-link';
import { activeMinutes } from '../../../src/assignments/active-minutes';
import { formatMinutes } from '../../../src/i18n/format';
import { makeReceipt } from '../../../src/assignments/receipt';
import { cohortCsvRows, cohortRows, cohortTarget, judgeReceipts, type ReadFile } from '../../../src/instructor/cohort';
import { fakeAttempt } from '../fakes';
import { M1, fakeAssignment } from './fakes';

describe('time spent', () => {
  it('is the same number of minutes in the CSV as in the cohort table', async () => {
    const assignment = fakeAssignment();
    // 25 seconds of play: the table has always said "1 min"; the CSV used to say 0.
    for (const activeMs of [25_000, 90_000, 3_629_000]) {
      const attempts = [fakeAttempt({ moduleId: M1, status: 'completed', endingId: 'x', activeMs })];
      const receipt = await makeReceipt({ assignment, assignmentId: await assignmentId(assignment), attempts, scripts: new Map(), learner: 'Ana', now: new Date('2026-11-25T12:00:00.000Z') });
      const reads: ReadFile[] = [{ fileName: 'a.json', result: { ok: true, receipt } }];
      const target = cohortTarget(reads)!;
      const rows = cohortRows(judgeReceipts(reads, target));
      const [head, line] = cohortCsvRows(target, rows);
      const csvMinutes = line![head!.indexOf('Time spent (minutes)')] as number;
      const [, h, min] = /^(?:(\d+) hrs? )?(\d+) mins?$/.exec(formatMinutes(activeMinutes(rows[0]!.receipt.activeMs)))!;
      expect(csvMinutes).toBe(Number(h ?? 0) * 60 + Number(min));
      expect(csvMinutes).toBeGreaterThan(0);
    }
  });
});
