/**
 * The SCORM 1.2 package inside an LMS. `beforeAll` builds a one-module package with the real
 * command (`src/tools/export-scorm.ts`, no score option: the default), unzips it and serves it
 * beside a stand-in LMS page (tests/e2e/scorm-harness) whose window.API is scorm-again's
 * Scorm12API, a conformant LMS-side runtime. The package runs in an iframe on the same origin, as
 * an LMS launches a SCO. It reports completion, time and each choice (as cmi.interactions), never
 * a score, never passed or failed.
 * (The participation score is played end to end in scorm-button.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import { plansToEndings, script } from './support/plans';
import { step } from './support/player';
import { closeSco as closeScoWith, exportPackage, openHarness, servePackage, type ServedPackage } from './scorm-harness/package-lms';
import { lms, statusesSet, stepAndCommit } from './support/scorm-lms';

const id = 'rule-honesty';
const s = script(id);
// The longest of the shortest plans to each ending, so "halfway" is a real scene mid-session.
const [, plan] = [...plansToEndings(s).entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
const launch = `/pkg/index.html?module=${id}`;
const choices = plan.flatMap((p) => (p.kind === 'choice' ? [p.id] : []));

let served: ServedPackage;
let entries: Record<string, Uint8Array>;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  entries = await exportPackage(['--modules', id]);
  served = await servePackage(entries);
});

test.afterAll(async () => {
  await served?.close();
});

/** Open the stand-in LMS with these initial CMI values and the package in its iframe. */
const openLms = (page: Page, cmi?: object) => openHarness(page, served.server.url, { launch, cmi });
/** Unload the package (the LMS closing the SCO): its pagehide must end the LMS session. */
const closeSco = (page: Page) => closeScoWith(page, 'LMSFinish');

test('the package is a SCORM 1.2 package: manifest at the root, well-formed, one SCO, only the chosen module', () => {
  expect(Object.keys(entries)).toContain('imsmanifest.xml');
  expect(Object.keys(entries)).toContain('index.html');
  const xml = strFromU8(entries['imsmanifest.xml']!);
  const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
  const ADL = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
  expect(doc.documentElement.localName).toBe('manifest');
  expect(doc.documentElement.namespaceURI).toBe(CP);
  expect(doc.documentElement.getAttribute('xsi:schemaLocation')).toContain('adlcp_rootv1p2');
  expect(doc.getElementsByTagNameNS(CP, 'schemaversion')[0]?.textContent).toBe('1.2');
  expect(doc.getElementsByTagNameNS(CP, 'organization')).toHaveLength(1);
  expect(doc.getElementsByTagNameNS(ADL, 'masteryscore')).toHaveLength(0);
  const items = doc.getElementsByTagNameNS(CP, 'item');
  expect(items).toHaveLength(1);
  const sco = [...doc.getElementsByTagNameNS(CP, 'resource')].find((r) => r.getAttributeNS(ADL, 'scormtype') === 'sco')!;
  expect(sco.getAttribute('identifier')).toBe(items[0]!.getAttribute('identifierref'));
  expect(sco.getAttribute('href')).toBe(launch.replace('/pkg/', ''));
  // Every file in the zip is listed, and every listed file is in the zip.
  const listed = new Set([...doc.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href')!));
  expect([...listed].sort()).toEqual(Object.keys(entries).filter((n) => n !== 'imsmanifest.xml').sort());
  // Only the chosen module's script, no service worker, no web app manifest.
  const names = Object.keys(entries);
  for (const other of ['first-group', 'rule-respect', 'when-it-hurts']) expect(names.some((n) => n.includes(other))).toBe(false);
  expect(names.some((n) => n.startsWith(`assets/${id}-`))).toBe(true);
  expect(names.some((n) => /(^|\/)sw\.js$|manifest\.webmanifest$/.test(n))).toBe(false);
  // Nothing only the authoring screen uses: its view, the script editor (CodeMirror), the format guide.
  expect(names.filter((n) => /AuthoringView|create-editor|format-guide|example-script/.test(n))).toEqual([]);
  expect(names.filter((n) => n.endsWith('.js') && strFromU8(entries[n]!).includes('cm-content'))).toEqual([]);
});

test('in the LMS: progress is committed at every step, each choice is an interaction, resumes on another device from suspend data, and completes without a score', async ({ page, browser }) => {
  const frame = await openLms(page);
  // The learner is told what the LMS records: one line on the intro, and the footer says so.
  await expect(frame.getByText('Your progress and each choice you make in this module are sent to your organisation’s learning system.')).toBeVisible();
  await expect(frame.getByRole('contentinfo')).toContainText('your progress and each choice you make are sent to your organisation’s learning system');
  await expect(frame.getByRole('contentinfo')).not.toContainText('Nothing you do here leaves this device');
  await frame.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(frame.getByRole('list', { name: 'Transcript' })).toBeVisible();
  let state = await lms(page);
  expect(state.calls[0]).toEqual(['LMSInitialize']);
  expect(state.now.lesson_status).toBe('incomplete');
  expect(state.now.exit).toBe('suspend');

  const half = Math.max(1, Math.floor(plan.length / 2));
  for (const p of plan.slice(0, half)) await stepAndCommit(page, frame, p);
  const transcript = await frame.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts();
  state = await lms(page);
  const suspend = state.now.suspend_data;
  expect(suspend.length).toBeLessThanOrEqual(4096);
  expect(suspend.startsWith(`br1~${id}~`)).toBe(true);
  expect(state.now.lesson_status).toBe('incomplete');
  await closeSco(page);
  state = await lms(page);
  expect(state.now.session_time).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect(state.now.exit).toBe('suspend');

  // Another device: fresh storage, only what the LMS kept.
  const device = await browser.newContext({ reducedMotion: 'reduce' });
  const again = await device.newPage();
  const made = plan.slice(0, half).filter((p) => p.kind === 'choice').length;
  expect(state.now.interactions.map((i) => i.student_response)).toEqual(choices.slice(0, made));
  const held = state.now.interactions.map(({ id: iid, type, student_response, time, latency }) => ({ id: iid, type, student_response, time, latency }));
  const frame2 = await openLms(again, { suspend_data: suspend, core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: state.now.lesson_location }, interactions: Object.fromEntries(held.map((h, i) => [String(i), h])) });
  await expect(frame2.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await expect(frame2.getByRole('button', { name: 'Begin', exact: true })).toHaveCount(0);
  expect(await frame2.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts()).toEqual(transcript);

  for (const p of plan.slice(half)) await stepAndCommit(again, frame2, p);
  await expect(frame2.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  state = await lms(again);
  expect(state.now.lesson_status).toBe('completed');
  expect(state.now.score_raw).toBe('');
  expect(state.calls.some((c) => c[0] === 'LMSSetValue' && c[1]!.startsWith('cmi.core.score'))).toBe(false);
  expect(state.now.exit).toBe('');
  expect(state.now.suspend_data.length).toBeLessThanOrEqual(4096);
  // Each choice exactly once, in order: the branch point, type choice, the choice id, when and how long.
  expect(state.now.interactions.map((i) => i.student_response)).toEqual(choices);
  for (const i of state.now.interactions) {
    expect(i.id).toMatch(new RegExp(`^${id}_[a-z0-9-]+$`));
    expect(i.type).toBe('choice');
    expect(i.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(i.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  }
  await closeSco(again);
  await device.close();
});

test('even when the LMS sends a mastery score, the status is completed, never passed or failed', async ({ page }) => {
  const frame = await openLms(page, { student_data: { mastery_score: '80' } });
  await frame.getByRole('button', { name: 'Begin', exact: true }).click();
  for (const p of plan) await stepAndCommit(page, frame, p);
  await expect(frame.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await expect.poll(async () => (await lms(page)).now.lesson_status).toBe('completed');
  await closeSco(page);
  const state = await lms(page);
  expect(state.now.lesson_status).toBe('completed');
  expect(state.now.score_raw).toBe('');
  expect(await statusesSet(page)).not.toContain('passed');
  expect(await statusesSet(page)).not.toContain('failed');
});

test('opened directly without an LMS, the package plays with local progress and no errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${served.server.url}${launch}`);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  const items = page.getByRole('list', { name: 'Transcript' }).getByRole('listitem');
  await expect(items).not.toHaveCount(0);
  await step(page, plan[0]!);
  const before = await items.allInnerTexts();
  await page.reload();
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  expect(await items.allInnerTexts()).toEqual(before);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(errors).toEqual([]);
});
