/**
 * The cmi5 package in a real LMS: ADL's CATAPULT player with Learning Locker's LRS (the test bed),
 * driven by `npm run test:lms`, which builds the package once and starts the test bed. One new
 * tenant and one course import per run; every check reads what the LRS stored and what the
 * player recorded, and the cmi5 checklist (`support/checklist.ts`) holds for every registration.
 *
 * 1. One module played to an ending: every choice arrives once, in order; completed once; the
 *    player shows the AU completed; no grade although the LMS set a mastery score.
 * 2. One module left in the middle, relaunched in a fresh browser: the learner is back at the
 *    same place (from the LRS's state alone) and the same attempt goes on.
 * 3. The LRS stopped midway: choices wait in the outbox; after the LRS is back every one of them
 *    arrives, in order, once. And a choice made while it was down, in an AU then closed, arrives
 *    in the learner's next session (the LMS closed the first), once.
 * 4. Browse mode records nothing but initialized and terminated; a participation score, when the
 *    instructor chose one, is reported on its own statements (50, then 100 for a reflection).
 * 5. A reload inside the AU ends its session (terminated on pagehide): the reloaded page tells the
 *    learner, once, that this session is not being recorded and to relaunch from the course, and
 *    still plays; nothing more reaches the LRS.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { step } from '../e2e/support/player';
import { checklist, auStatements, bySession, verbOf, type Template } from './support/checklist';
import { choiceIds, chosenModules, throughChoice } from './support/course';
import { outbox, outboxDrained } from './support/outbox';
import { env, lrsUp, newActor, Player, startTestbed, stopLrs, storedState, storedStatements, type Actor, type StoredStatement } from './support/testbed';

test.skip(!process.env.LMS_TESTBED_PLAYER_URL, 'the LMS test bed is not started (run npm run test:lms)');
test.describe.configure({ mode: 'serial' });

const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const PROGRESS_STATE = 'https://balint-rehearsal.invalid/xapi/state/progress';
const ADDITIONS = { contextActivities: { other: [{ id: 'https://lms-suite.invalid/cohort/spring' }] }, extensions: { 'https://lms-suite.invalid/ext/site': 'north' } };
const { finish, pause } = chosenModules();
let player: Player;
let courseId: number;

/** Launch data of each session, captured as the player stored it before the launch. */
const templates = new Map<string, Template>();

test.beforeAll(async () => {
  player = await Player.tenant();
  courseId = await player.importCourse(readFileSync(env('LMS_SUITE_PACKAGE')));
});

/** Ask the player for a launch URL and record the session's context template. */
async function launch(auIndex: number, actor: Actor, extra: { reg?: string; masteryScore?: number; contextTemplateAdditions?: unknown; returnUrl?: string; launchMode?: string } = {}, course = courseId) {
  const l = await player.launchUrl(course, auIndex, { actor, ...extra });
  const activityId = new URL(l.url).searchParams.get('activityId')!;
  const data = (await storedState(activityId, actor, l.registration, 'LMS.LaunchData')) as { contextTemplate: Template };
  const session = String(data.contextTemplate.extensions?.[SESSION]);
  templates.set(session, data.contextTemplate);
  return { ...l, activityId, session };
}

/** Open a launch URL in a fresh browser context (its own IndexedDB). */
async function open(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  return page;
}

/** Leave the AU (pagehide), by closing it or by its "Return to the course" link, and wait until the LRS has its terminated. */
async function leave(page: Page, registration: string, sessions: number, by: 'closing' | 'returning' = 'closing') {
  if (by === 'returning') await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Return to the course' }).click();
  else await page.goto('about:blank');
  await page.context().close();
  await expect.poll(async () => bySession(await storedStatements(registration)).filter((s) => verbOf(s.at(-1)!) === 'terminated').length, { timeout: 20_000 }).toBe(sessions);
}

/** A new learner launches the second module in a fresh browser, begins, and makes its first choice, which the LRS then has. */
async function firstChoiceDelivered(browser: Browser, name: string) {
  const l = await launch(1, newActor(name));
  const page = await open(browser, l.url);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  const first = throughChoice(pause.plan, 1);
  for (const s of first) await step(page, s);
  await outboxDrained(page);
  return { l, page, first };
}

const responses = (all: StoredStatement[]) => auStatements(all).filter((s) => verbOf(s) === 'answered').map((s) => s.result?.response);

test('a module played to an ending reports every choice once and in order, completes once and is not graded', async ({ browser }) => {
  const actor = newActor('Finisher');
  const l = await launch(0, actor, { masteryScore: 0.8, contextTemplateAdditions: ADDITIONS });
  const page = await open(browser, l.url);
  // The learner is told what the LMS records, on the intro and in the footer.
  await expect(page.getByText('Your progress and each choice you make in this module are sent to your organisation’s learning system.')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('your progress and each choice you make are sent to your organisation’s learning system');
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  for (const s of finish.plan) await step(page, s);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await outboxDrained(page);
  await leave(page, l.registration, 1);

  const all = await storedStatements(l.registration);
  expect(checklist(all, templates)).toEqual([]);
  expect(responses(all)).toEqual(choiceIds(finish.plan));
  const verbs = auStatements(all).map(verbOf);
  expect(verbs[0]).toBe('initialized');
  expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
  expect(verbs.indexOf('completed')).toBe(verbs.lastIndexOf('answered') + 1);
  expect(verbs.at(-1)).toBe('terminated');
  // initialized, an answered for each choice, a progressed after each but the last, completed, terminated
  expect(verbs).toHaveLength(2 * choiceIds(finish.plan).length + 2);
  expect(auStatements(all).some((s) => s.result?.score !== undefined)).toBe(false);
  expect(all.some((s) => s.context?.contextActivities?.other?.some((a) => a.id === ADDITIONS.contextActivities.other[0]!.id) && verbOf(s) === 'answered')).toBe(true);

  const reg = await player.registration(l.registration);
  expect(reg.aus[0]).toMatchObject({ hasBeenAttempted: 1, isCompleted: 1 });
  expect(reg.aus[1]).toMatchObject({ isCompleted: 0 });
});

test('a module left in the middle resumes in a fresh browser at the same place and the attempt goes on', async ({ browser }) => {
  const actor = newActor('Resumer');
  const returnUrl = `${env('LMS_TESTBED_PLAYER_URL')}/?returned=${actor.account.name}`;
  const first = await launch(1, actor, { returnUrl });
  const before = throughChoice(pause.plan, 2);
  let page = await open(browser, first.url);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  for (const s of before) await step(page, s);
  await outboxDrained(page);
  const transcript = await page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts();
  const returned: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && returned.push(f.url()));
  await leave(page, first.registration, 1, 'returning');
  expect(returned).toContain(returnUrl);
  expect(await storedState(first.activityId, actor, first.registration, PROGRESS_STATE)).toMatchObject({ completed: false, suspend: expect.stringMatching(new RegExp(`~${before.map((x) => (x.kind === 'choice' ? x.id : '_')).join('\\.')}$`)) });

  const again = await launch(1, actor, { reg: first.registration });
  expect(again.registration).toBe(first.registration);
  page = await open(browser, again.url);
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  await expect.poll(() => page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').allInnerTexts()).toEqual(transcript);
  const next = pause.plan.slice(before.length, throughChoice(pause.plan, 3).length);
  for (const s of next) await step(page, s);
  await outboxDrained(page);
  await leave(page, first.registration, 2);

  const all = await storedStatements(first.registration);
  expect(checklist(all, templates)).toEqual([]);
  const [one, two] = bySession(all);
  expect(responses(one!)).toEqual(choiceIds(before));
  expect(responses(two!)).toEqual(choiceIds(next));
  expect(auStatements(all).some((s) => verbOf(s) === 'completed')).toBe(false);
  expect(auStatements(two!).filter((s) => verbOf(s) === 'progressed').map((s) => s.result?.extensions?.['https://w3id.org/xapi/cmi5/result/extensions/progress'])).toEqual([expect.any(Number)]);
});

test('with the LRS stopped midway the outbox holds the choices, and after a restart each arrives once and in order', async ({ browser }) => {
  test.setTimeout(180_000);
  const { l, page, first } = await firstChoiceDelivered(browser, 'Offline');

  await stopLrs();
  try {
    const held = pause.plan.slice(first.length, throughChoice(pause.plan, 3).length);
    for (const s of held) await step(page, s); // the learner never waits: each step shows at once
    await page.waitForTimeout(1500); // a few tries fail while the LRS is down
    const waiting = await outbox(page);
    expect(waiting.filter((w) => w.verb?.endsWith('/answered')).length).toBe(2);
  } finally {
    startTestbed(process.env.LMS_TESTBED_DIR!);
  }
  expect(await lrsUp()).toBe(true);
  const queued = (await outbox(page)).filter((w) => w.kind === 'statement').map((w) => w.key);
  await outboxDrained(page, 90_000);
  await leave(page, l.registration, 1);

  // The LRS keeps statements in memory: what it stored before the restart is gone, so what it
  // holds now is exactly what waited in the outbox, then terminated.
  const all = await storedStatements(l.registration);
  const ids = all.map((s) => s.id);
  expect(ids.slice(0, queued.length)).toEqual(queued);
  expect(auStatements(all).map(verbOf).at(-1)).toBe('terminated');
  expect(new Set(ids).size).toBe(ids.length);
  expect(responses(all)).toEqual(choiceIds(pause.plan.slice(first.length, throughChoice(pause.plan, 3).length)));
});

test('a launch in Browse mode records only initialized and terminated, and keeps no resume point', async ({ browser }) => {
  const actor = newActor('Browser');
  const l = await launch(0, actor, { launchMode: 'Browse' });
  const page = await open(browser, l.url);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  for (const s of throughChoice(finish.plan, 1)) await step(page, s);
  await outboxDrained(page);
  await leave(page, l.registration, 1);
  const all = await storedStatements(l.registration);
  expect(checklist(all, templates)).toEqual([]);
  expect(auStatements(all).map(verbOf)).toEqual(['initialized', 'terminated']);
  expect(await storedState(l.activityId, actor, l.registration, PROGRESS_STATE)).toBeUndefined();
});

test('a participation score the instructor chose arrives on scored statements: 50 at the ending, 100 once a reflection is saved', async ({ browser }) => {
  const course = await player.importCourse(readFileSync(env('LMS_SUITE_PACKAGE_PARTICIPATION')));
  const actor = newActor('Reflective');
  const l = await launch(0, actor, {}, course);
  const page = await open(browser, l.url);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  for (const s of finish.plan) await step(page, s);
  await page.getByRole('textbox', { name: 'Your reflection on this session' }).fill('The silence felt long, then useful.');
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reflection saved on this device.' })).toBeVisible();
  await outboxDrained(page);
  await leave(page, l.registration, 1);
  const all = await storedStatements(l.registration);
  expect(checklist(all, templates)).toEqual([]);
  const au = auStatements(all);
  expect(au.map(verbOf).slice(au.map(verbOf).indexOf('completed'))).toEqual(['completed', 'scored', 'scored', 'terminated']);
  expect(au.filter((s) => verbOf(s) === 'scored').map((s) => s.result?.score)).toEqual([{ scaled: 0.5, raw: 50, min: 0, max: 100 }, { scaled: 1, raw: 100, min: 0, max: 100 }]);
  expect(JSON.stringify(all)).not.toContain('The silence felt long');
});

test('a choice made while the LRS was down, in an AU closed before it came back, arrives once in the next session', async ({ browser }) => {
  test.setTimeout(180_000);
  const actor = newActor('Closer');
  const l = await launch(1, actor);
  const context = await browser.newContext();
  let page = await context.newPage();
  await page.goto(l.url);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  const first = throughChoice(pause.plan, 1);
  for (const s of first) await step(page, s);
  await outboxDrained(page);
  let held: string[] = [];
  await stopLrs();
  try {
    for (const s of pause.plan.slice(first.length, throughChoice(pause.plan, 2).length)) await step(page, s);
    held = (await outbox(page)).filter((w) => w.verb?.endsWith('/answered')).map((w) => w.key);
    await page.goto('about:blank'); // the learner leaves; its terminated cannot arrive either
  } finally {
    startTestbed(process.env.LMS_TESTBED_DIR!);
  }
  expect(held).toHaveLength(1);
  const again = await launch(1, actor, { reg: l.registration }); // the player abandons the first session
  page = await context.newPage();
  await page.goto(again.url);
  await outboxDrained(page, 90_000);
  await leave(page, l.registration, 1);

  const all = await storedStatements(l.registration);
  expect(checklist(all, templates)).toEqual([]);
  const carried = all.filter((s) => s.id === held[0]);
  expect(carried).toHaveLength(1);
  expect(carried[0]!.context?.extensions?.[SESSION]).toBe(again.session);
  expect(carried[0]!.result?.extensions?.['https://balint-rehearsal.invalid/xapi/extensions/recorded-at']).toEqual(expect.any(String));
  expect(auStatements(all).map(verbOf)).toEqual(['initialized', 'answered', 'terminated']);
});

test('a reload inside the AU says the session is not being recorded, plays on, and sends nothing more', async ({ browser }) => {
  const { l, page, first } = await firstChoiceDelivered(browser, 'Reloader');
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'This session is not being recorded.' });
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('close this window and open the module again from your course');
  await expect(page.getByRole('contentinfo')).toContainText('This session is not being recorded by your learning system');
  // Play goes on, on this device.
  await expect(page.getByRole('list', { name: 'Transcript' })).toBeVisible();
  for (const s of pause.plan.slice(first.length, throughChoice(pause.plan, 2).length)) await step(page, s);
  await expect(alert).toHaveCount(1);
  await page.context().close();
  const verbs = auStatements(await storedStatements(l.registration)).map(verbOf);
  expect(verbs.at(-1)).toBe('terminated');
  expect(verbs.filter((v) => v === 'answered')).toHaveLength(choiceIds(first).length);
});
