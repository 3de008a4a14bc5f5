/**
 * The conditional save in the real browser's IndexedDB: the stored attempt moves on behind this
 * tab's back (as another tab's save would, but with no message from that tab, as when the message
 * is lost), so only the save's own comparison can refuse the next choice.
 */
import { expect, test, type Page } from '@playwright/test';
import { startModule, step, transcriptTexts } from './support/player';
import { plansToEndings, script, type PlanStep } from './support/plans';

const id = 'advice-and-interrogation';
const plan = [...plansToEndings(script(id)).values()].sort((a, b) => b.length - a.length)[0]!;

interface Stored {
  updatedAt: string;
  steps: number;
}

/** The active attempt as stored; with `moveOn`, first move it on one second, as another tab's save would. */
function activeAttempt(page: Page, moveOn = false): Promise<Stored> {
  return page.evaluate(
    (moveOn) =>
      new Promise<Stored>((resolve, reject) => {
        const req = indexedDB.open('balint-rehearsal');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('attempts', 'readwrite');
          const store = tx.objectStore('attempts');
          let found: Stored | undefined;
          const all = store.getAll();
          all.onsuccess = () => {
            const a = (all.result as { status: string; updatedAt: string; steps: unknown[] }[]).find((x) => x.status === 'active')!;
            if (moveOn) {
              a.updatedAt = new Date(Date.parse(a.updatedAt) + 1000).toISOString();
              store.put(a);
            }
            found = { updatedAt: a.updatedAt, steps: a.steps.length };
          };
          tx.oncomplete = () => (req.result.close(), resolve(found!));
          tx.onerror = () => reject(tx.error);
        };
      }),
    moveOn,
  );
}

function press(page: Page, s: PlanStep) {
  return s.kind === 'continue'
    ? page.getByRole('button', { name: 'Continue', exact: true }).click()
    : page.getByRole('group', { name: 'Your response' }).getByRole('button', { name: s.name, exact: true }).click();
}

test('a step over an attempt that moved on unannounced is refused, said so, and writes nothing', async ({ page }) => {
  await startModule(page, id);
  await step(page, plan[0]!);
  const shown = await transcriptTexts(page);
  const moved = await activeAttempt(page, true);
  await press(page, plan[1]!);
  await expect(page.getByRole('alert').filter({ hasText: 'continued in another tab' })).toBeVisible();
  expect(await transcriptTexts(page)).toEqual(shown);
  expect(await activeAttempt(page)).toEqual(moved);
});
