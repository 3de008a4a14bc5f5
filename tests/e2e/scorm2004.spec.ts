/**
 * The SCORM 2004 4th edition package inside an LMS. `beforeAll` builds a two-module package with
 * the real command (`npm run export:scorm -- --version 2004`, no score option: the default),
 * unzips it and serves it beside the stand-in LMS page (tests/e2e/scorm-harness) whose
 * window.API_1484_11 is scorm-again's Scorm2004API, a conformant LMS-side runtime. The SCO is
 * launched as an LMS launches it: the resource's href plus the item's parameters. It reports
 * completion, time and each choice, never a score, never passed or failed, and resumes from its
 * suspend data. (The participation score in 2004 is played end to end in scorm-button.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import { plansToEndings, script } from './support/plans';
import { manifest2004Problems } from './scorm-harness/manifest-2004-rules';
import { closeSco as closeScoWith, exportPackage, openHarness, servePackage, type ServedPackage } from './scorm-harness/package-lms';
import { stepAndCommit } from './support/scorm-lms';

const id = 'rule-honesty';
const other = 'rule-respect';
const s = script(id);
// The longest of the shortest plans to each ending, so "halfway" is a real scene mid-session.
const [, plan] = [...plansToEndings(s).entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
const choices = plan.flatMap((p) => (p.kind === 'choice' ? [p.id] : []));

type Interaction = { id: string; type: string; learner_response: string; timestamp: string; latency: string; description: string };
type Snapshot2004 = {
  suspend_data: string;
  completion_status: string;
  success_status: string;
  location: string;
  exit: string;
  score_scaled: string;
  score_raw: string;
  session_time: string;
  interactions: Interaction[];
};
type Lms2004 = { log: { calls: string[][]; commits: Snapshot2004[] }; snapshot(): Snapshot2004 };

let served: ServedPackage;
let entries: Record<string, Uint8Array>;
let launch: string;

const parseXml = (text: string) => new JSDOM(text, { contentType: 'application/xml' }).window.document;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  entries = await exportPackage(['--version', '2004', '--modules', `${id},${other}`]);
  // Launch as an LMS does: the SCO resource's href, then the item's parameters.
  const doc = parseXml(strFromU8(entries['imsmanifest.xml']!));
  const item = [...doc.getElementsByTagName('item')].find((i) => i.getAttribute('parameters') === `?module=${id}`)!;
  const resource = [...doc.getElementsByTagName('resource')].find((r) => r.getAttribute('identifier') === item.getAttribute('identifierref'))!;
  launch = `/pkg/${resource.getAttribute('href')}${item.getAttribute('parameters')}`;
  served = await servePackage(entries);
});

test.afterAll(async () => {
  await served?.close();
});

/** The LMS's calls, commits and data model now. */
const lms = (page: Page) =>
  page.evaluate(() => {
    const l = (window as unknown as { lms: Lms2004 }).lms;
    return { calls: l.log.calls, commits: l.log.commits, now: l.snapshot() };
  });

/** Open the stand-in SCORM 2004 LMS with these initial CMI values and the package in its iframe. */
const openLms = (page: Page, cmi?: object) => openHarness(page, served.server.url, { launch, version: '2004', cmi });
/** Unload the package (the LMS closing the SCO): its pagehide must terminate the LMS session. */
const closeSco = (page: Page) => closeScoWith(page, 'Terminate');

test('the package is a SCORM 2004 4th edition package: it meets the 2004 manifest rules, one SCO per module, only the chosen modules', () => {
  expect(manifest2004Problems(entries, parseXml)).toEqual([]);
  const doc = parseXml(strFromU8(entries['imsmanifest.xml']!));
  expect([...doc.getElementsByTagName('item')].map((i) => i.getAttribute('parameters'))).toEqual([`?module=${id}`, `?module=${other}`]);
  const names = Object.keys(entries);
  for (const absent of ['first-group', 'when-it-hurts']) expect(names.some((n) => n.includes(absent))).toBe(false);
  expect(names.some((n) => n.startsWith(`assets/${id}-`)) && names.some((n) => n.startsWith(`assets/${other}-`))).toBe(true);
  expect(names.some((n) => /(^|\/)sw\.js$|manifest\.webmanifest$/.test(n))).toBe(false);
});

test('in the LMS: every choice is an interaction, progress resumes on another device from suspend data, and the module completes without a score, never passed or failed', async ({ page, browser }) => {
  const frame = await openLms(page);
  await frame.getByRole('button', { name: 'Begin', exact: true }).click();
  await expect(frame.getByRole('list', { name: 'Transcript' })).toBeVisible();
  let state = await lms(page);
  expect(state.calls[0]).toEqual(['Initialize']);
  expect(state.now.completion_status).toBe('incomplete');
  expect(state.now.exit).toBe('suspend');

  const half = Math.max(1, Math.floor(plan.length / 2));
  for (const p of plan.slice(0, half)) await stepAndCommit(page, frame, p);
  const transcript = await frame.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts();
  state = await lms(page);
  const made = plan.slice(0, half).filter((p) => p.kind === 'choice').length;
  expect(state.now.interactions.map((i) => i.learner_response)).toEqual(choices.slice(0, made));
  expect(state.now.suspend_data.startsWith(`br1~${id}~`)).toBe(true);
  await closeSco(page);
  state = await lms(page);
  expect(state.now.session_time).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
  expect(state.now.exit).toBe('suspend');

  // Another device: fresh storage, only what the LMS kept (its interactions included).
  const held = state.now.interactions.map(({ id: iid, type, learner_response, timestamp, latency, description }) => ({ id: iid, type, learner_response, timestamp, latency, description }));
  const device = await browser.newContext({ reducedMotion: 'reduce' });
  const again = await device.newPage();
  const frame2 = await openLms(again, { suspend_data: state.now.suspend_data, completion_status: 'incomplete', entry: 'resume', location: state.now.location, interactions: Object.fromEntries(held.map((h, i) => [String(i), h])) });
  await expect(frame2.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await expect(frame2.getByRole('button', { name: 'Begin', exact: true })).toHaveCount(0);
  expect(await frame2.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts()).toEqual(transcript);

  for (const p of plan.slice(half)) await stepAndCommit(again, frame2, p);
  await expect(frame2.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  state = await lms(again);
  expect(state.now.completion_status).toBe('completed');
  expect(state.now.success_status).toBe('unknown');
  expect([state.now.score_scaled, state.now.score_raw]).toEqual(['', '']);
  expect(state.calls.some((c) => c[0] === 'SetValue' && /^cmi\.(score|success_status)/.test(c[1]!))).toBe(false);
  expect(state.calls.some((c) => c[0] === 'SetValue' && c[1]!.startsWith('adl.nav'))).toBe(false);
  expect(state.now.exit).toBe('normal');

  // Each choice exactly once, in order, read back with its type, response, time stamp and description.
  const list = state.now.interactions;
  expect(list.map((i) => i.learner_response)).toEqual(choices);
  expect(new Set(list.map((i) => `${i.id} ${i.learner_response} ${i.description}`)).size).toBe(choices.length);
  list.forEach((i, n) => {
    expect(i.id).toMatch(new RegExp(`^urn:balint-rehearsal:${id}:[a-z0-9-]+$`));
    expect(i.type).toBe('choice');
    expect(i.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/);
    expect(i.latency).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
    expect(i.description.startsWith(`${s.title}, decision ${n + 1}: `)).toBe(true);
  });
  await closeSco(again);
  await device.close();
});

test('even when the LMS has a passing score, the module is completed with no score and success unknown', async ({ page }) => {
  const frame = await openLms(page, { scaled_passing_score: '0.8' });
  await frame.getByRole('button', { name: 'Begin', exact: true }).click();
  for (const p of plan) await stepAndCommit(page, frame, p);
  await expect(frame.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await expect.poll(async () => (await lms(page)).now.completion_status).toBe('completed');
  await closeSco(page);
  const state = await lms(page);
  expect(state.now.success_status).toBe('unknown');
  expect(state.now.score_scaled).toBe('');
  expect(state.calls.filter((c) => c[1] === 'cmi.success_status')).toEqual([]);
});
