/**
 * A module's "About" on the home page: its description and content notes are not part of the
 * first visit's code (they load when a learner first reaches for a disclosure), yet opening one
 * from the keyboard shows them at once, with the competencies, and focus stays where it was.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './support/player';
import { script } from './support/plans';

const competencies = (parse(readFileSync('content/vocabulary.yaml', 'utf8')) as { competencies: { id: string; label: string }[] }).competencies;

test("a module's About opens from the keyboard with its description, competencies and content notes, focus staying on it", async ({ page }) => {
  const s = script('rule-honesty');
  await page.goto('/');
  const item = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: new RegExp(`^${s.title}`) }) });
  const about = item.getByText('About this module');
  await expect(item.getByText(s.summary)).toBeHidden();
  await about.focus();
  await page.keyboard.press('Enter');
  await expect(item.getByText(s.summary)).toBeVisible();
  await expect(item.getByText(`Content notes: ${s.contentNotes.join(', ')}`)).toBeVisible();
  for (const id of s.competencies) await expect(item.getByText(competencies.find((c) => c.id === id)!.label, { exact: true })).toBeVisible();
  await expect(about).toBeFocused();
  await expectNoAxeViolations(page);
});
