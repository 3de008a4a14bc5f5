import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, startModule, step } from './support/player';
import { plansToEndings, script } from './support/plans';

const id = 'first-group';
const plan = [...plansToEndings(script(id)).values()][0]!;

type Stored = { id: string; status: string; moduleId: string; steps: { scene: string }[]; snapshot: { value: string } };

/** Run `change` on every stored attempt of the module (in one IndexedDB transaction), and return them as stored after. */
async function attempts(page: Page, change?: 'damage'): Promise<Stored[]> {
  return page.evaluate(
    ({ moduleId, damage }) =>
      new Promise<Stored[]>((resolve, reject) => {
        const req = indexedDB.open('balint-rehearsal');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('attempts', 'readwrite');
          const store = tx.objectStore('attempts');
          const all = store.getAll();
          all.onsuccess = () => {
            const rows = (all.result as Stored[]).filter((a) => a.moduleId === moduleId);
            // Damaged as a forged backup could leave it: the saved place and the logged steps name a scene
            // this module does not have, so neither restores (the record's shape stays valid).
            if (damage) for (const a of rows) store.put({ ...a, snapshot: { ...a.snapshot, value: 'no-such-scene' }, steps: a.steps.map((s) => ({ ...s, scene: 'no-such-scene' })) });
            tx.oncomplete = () => {
              req.result.close();
              resolve(rows);
            };
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { moduleId: id, damage: change === 'damage' },
  );
}

test('a saved attempt that can be neither restored nor replayed says so, and Start again keeps it', async ({ page }) => {
  await startModule(page, id);
  await step(page, plan[0]!);
  const [damaged] = await attempts(page, 'damage');
  await page.goto('/#/');
  await page.goto(`/#/module/${id}`);

  await expect(page.getByRole('alert')).toContainText('Your saved place in this module could not be read');
  await expect(page.getByText('Loading the module…')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to modules' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('list', { name: 'Transcript' }).getByRole('listitem')).not.toHaveCount(0);
  const after = await attempts(page);
  expect(after.find((a) => a.id === damaged!.id)).toMatchObject({ status: 'abandoned', steps: [{ scene: 'no-such-scene' }] });
  expect(after.filter((a) => a.status === 'active')).toHaveLength(1);
});
