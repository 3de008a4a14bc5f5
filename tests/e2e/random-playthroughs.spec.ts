import { expect, test } from '@playwright/test';
import { startModule, step } from './support/player';
import { randomPlan, scripts } from './support/plans';

// A sample of random playthroughs, one per module with a fixed seed per run day, so the whole
// curriculum is exercised in the browser without playing every path (the explorer covers those).
const seed = Number(process.env.PLAYTHROUGH_SEED ?? 20261125);

for (const [i, s] of scripts().entries()) {
  test(`random playthrough of ${s.id} (seed ${seed + i}) completes with its debrief`, async ({ page }) => {
    const { steps, ending } = randomPlan(s, seed + i);
    await startModule(page, s.id);
    for (const st of steps) await step(page, st);
    await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: s.scenes.find((x) => x.id === ending)!.ending!.title, exact: true })).toBeVisible();
  });
}
