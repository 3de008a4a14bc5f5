/**
 * "Build SCORM package" in the instructor view, end to end: in the built app, choose modules,
 * press the button, capture the download, unzip it, and serve it beside the stand-in LMS
 * (tests/e2e/scorm-harness, scorm-again's Scorm12API or Scorm2004API) as an LMS would: the module
 * launches, a choice commits, and finishing reports completed with the participation score the
 * instructor chose (50 at the ending, 100 once a reflection is saved), never passed or failed, in
 * SCORM 1.2 and in SCORM 2004 4th edition (chosen with the version radio group). Also: the
 * form's errors, axe on
 * the view with the new section, the course block under the app's CSP, building offline from the
 * precache, and the message when the files cannot be had at all.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { readCourse } from '../../src/lms/course-block';
import { CSP_META } from '../../src/tools/csp';
import { expectNoAxeViolations } from './support/player';
import { plansToEndings, scripts } from './support/plans';
import { manifest2004Problems } from './scorm-harness/manifest-2004-rules';
import { openHarness, servePackage, type ServedPackage } from './scorm-harness/package-lms';
import { lms, statusesSet, stepAndCommit } from './support/scorm-lms';

// The module with the shortest path to an ending that has a choice on it keeps the test quick.
const [first, [, plan]] = scripts()
  .map((s) => [s, [...plansToEndings(s).entries()].filter(([, p]) => p.some((x) => x.kind === 'choice')).sort((a, b) => a[1].length - b[1].length)[0]!] as const)
  .sort((a, b) => a[1][1].length - b[1][1].length)[0]!;
const second = scripts().find((s) => s.id !== first.id)!;
const TITLE = 'Week 1: Balint & the LMS';
const FILE = 'week-1-balint-the-lms.zip';


/** Open the instructor view with these modules chosen in step 1. */
async function chooseModules(page: Page, ids: string[]) {
  await page.goto('/#/instructor');
  const picker = page.getByRole('group', { name: 'Modules to add' });
  // Ticked modules are added in catalogue order, so add them one at a time to keep `ids`' order.
  for (const id of ids) {
    await picker.getByRole('checkbox', { name: `${scripts().find((s) => s.id === id)!.title} (` }).check();
    await picker.getByRole('button', { name: /^Add the ticked modules/ }).click();
  }
  await expect(page.getByRole('list', { name: 'Modules in the package' }).getByRole('listitem')).toHaveCount(ids.length);
}

/** Press the button and return the zip's entries and how long press-to-download took. */
async function build(page: Page): Promise<{ entries: Record<string, Uint8Array>; name: string; ms: number }> {
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Build SCORM package' }).click()]);
  const ms = Date.now() - started;
  const path = await download.path();
  return { entries: unzipSync(readFileSync(path)), name: download.suggestedFilename(), ms };
}

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise<void>((r) => navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }));
  });
  await page.waitForFunction(async () => (await caches.keys()).some((k) => k.includes('precache')));
  await page.waitForTimeout(500);
}


test.describe('in the LMS', () => {
  let served: ServedPackage | undefined;
  test.afterAll(async () => {
    await served?.close();
  });

  test('an instructor builds a package with a participation score in the browser; it plays in an LMS, commits each choice, reports completed and counts taking part', async ({ page, browser }, testInfo) => {
    testInfo.setTimeout(120_000);
    await page.goto('/#/instructor');
    const section = page.getByRole('region', { name: 'SCORM package (for Moodle, Canvas, Blackboard)' });
    await expect(section).toBeVisible();
    await expect(section).toContainText('upload the file to your course as a SCORM package');
    await expect(section).toContainText('The package reports completion, time and each choice the learner makes. Balint Rehearsal does not grade sessions; a participation score is optional.');
    await expect(section.getByRole('radio', { name: 'Completion and time only, no score' })).toBeChecked();
    await expectNoAxeViolations(page);

    // Problems are shown at once, in a summary and next to their field.
    await section.getByRole('button', { name: 'Build SCORM package' }).click();
    await expect(section.getByRole('alert')).toContainText('Add at least one module in step 1');
    await expect(section.getByRole('alert')).toBeFocused();
    await chooseModules(page, [first.id, second.id]);
    const title = section.getByLabel('Course title (optional)');
    await title.fill('x'.repeat(210));
    await section.getByRole('button', { name: 'Build SCORM package' }).click();
    await expect(section.getByRole('alert')).toContainText('The course title is longer than 200 characters.');
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription(/Shown in the LMS\..*longer than 200 characters/);
    await expectNoAxeViolations(page);
    await title.fill(TITLE);
    const participation = section.getByRole('radio', { name: 'Completion, time and a participation score' });
    await participation.check();
    await expect(participation).toHaveAccessibleDescription(/measures taking part, never the quality of a session or of a choice: 50 when the module reaches an ending, plus\s+50 when the learner saves a reflection/);

    const { entries, name, ms } = await build(page);
    testInfo.annotations.push({ type: 'timing', description: `2 modules: press to download ${ms} ms` });
    console.log(`[scorm-button] 2 modules built in the browser in ${ms} ms`);
    expect(name).toBe(FILE);
    await expect(section.getByRole('status')).toHaveText(new RegExp(`^SCORM 1\\.2 package ready: ${FILE.replace(/\./g, '\\.')} \\(\\d+ KB, ${Object.keys(entries).length} files, 2 modules\\)`));
    await expect(title).not.toHaveAttribute('aria-invalid');
    await expectNoAxeViolations(page);

    // The zip: manifest at the root, every file listed, only the chosen modules, no service worker.
    const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
    const ADL = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
    const doc = new JSDOM(strFromU8(entries['imsmanifest.xml']!), { contentType: 'application/xml' }).window.document;
    expect(doc.getElementsByTagNameNS(CP, 'schemaversion')[0]?.textContent).toBe('1.2');
    expect(doc.getElementsByTagNameNS(CP, 'title')[0]?.textContent).toBe(TITLE);
    expect(doc.getElementsByTagNameNS(ADL, 'masteryscore')).toHaveLength(0);
    const listed = new Set([...doc.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href')!));
    expect([...listed].sort()).toEqual(Object.keys(entries).filter((n) => n !== 'imsmanifest.xml').sort());
    const kit = (await (await page.request.get('/scorm-kit.json')).json()) as { modules: { id: string; chunk: string }[] };
    expect(kit.modules.filter((m) => m.chunk in entries).map((m) => m.id).sort()).toEqual([first.id, second.id].sort());
    expect(Object.keys(entries).some((n) => /(^|\/)(sw\.js|workbox-[^/]*\.js|manifest\.webmanifest|scorm-kit\.json)$|^icons\//.test(n))).toBe(false);
    const html = strFromU8(entries['index.html']!);
    expect(html).not.toContain('rel="manifest"');
    expect(readCourse(new JSDOM(html).window.document)).toEqual({ v: 3, format: 'scorm12', modules: [first.id, second.id], score: 'participation' });

    // Serve it as an LMS does, with the app's CSP as a header too, and watch for CSP violations.
    served = await servePackage(entries);
    const { server } = served;
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    await context.route(/\/pkg\/index\.html/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP_META } });
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors: string[] = [];
    const lmsPage = await context.newPage();
    lmsPage.on('pageerror', (e) => errors.push(e.message));
    lmsPage.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const frame = await openHarness(lmsPage, server.url, { launch: `/pkg/index.html?module=${first.id}` });
    await frame.getByRole('button', { name: 'Begin', exact: true }).click();
    await expect(frame.getByRole('list', { name: 'Transcript' })).toBeVisible();
    expect((await lms(lmsPage)).now.lesson_status).toBe('incomplete');

    for (const move of plan) await stepAndCommit(lmsPage, frame, move);
    await expect(frame.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
    let state = await lms(lmsPage);
    // Reaching an ending, whichever it is: completed and 50.
    expect(state.now.lesson_status).toBe('completed');
    expect(state.now.score_raw).toBe('50');
    expect([state.now.score_min, state.now.score_max]).toEqual(['0', '100']);
    // Saving a reflection at the debrief adds 50; the LMS is told it was saved, never what it says.
    await expect(frame.getByText('your LMS is told that you saved a reflection, never what it says')).toBeVisible();
    const secret = 'A private thought the LMS must never see';
    await frame.getByLabel('Your reflection on this session').fill(secret);
    await frame.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(async () => (await lms(lmsPage)).now.score_raw).toBe('100');
    state = await lms(lmsPage);
    expect(state.now.lesson_status).toBe('completed');
    expect(JSON.stringify(state.calls)).not.toContain(secret);
    expect(await statusesSet(lmsPage)).toEqual(expect.not.arrayContaining(['passed', 'failed']));
    const pkgFrame = lmsPage.frames().find((f) => f.url().includes('/pkg/'))!;
    expect(await pkgFrame.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(await pkgFrame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

    // Opened without the module query, the package lists only its own modules.
    const direct = await context.newPage();
    await direct.goto(`${server.url}/pkg/index.html`);
    await expect(direct.getByRole('status').filter({ hasText: 'modules shown' })).toHaveText('2 of 2 modules shown.');
    expect(await direct.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an instructor builds a SCORM 2004 4th edition package with a participation score; in a 2004 LMS it reports each choice, completion and the score as scaled and raw, success unknown', async ({ page, browser }, testInfo) => {
    testInfo.setTimeout(120_000);
    await chooseModules(page, [first.id]);
    const section = page.getByRole('region', { name: 'SCORM package (for Moodle, Canvas, Blackboard)' });
    const versions = section.getByRole('group', { name: 'SCORM version' });
    await expect(versions.getByRole('radio', { name: 'SCORM 1.2 (most LMSs)' })).toBeChecked();
    await versions.getByRole('radio', { name: 'SCORM 2004 4th edition' }).check();
    await section.getByRole('radio', { name: 'Completion, time and a participation score' }).check();
    await expectNoAxeViolations(page);
    const { entries, ms } = await build(page);
    console.log(`[scorm-button] SCORM 2004, 1 module built in the browser in ${ms} ms`);
    await expect(section.getByRole('status')).toHaveText(/^SCORM 2004 4th edition package ready: /);
    expect(manifest2004Problems(entries, (t) => new JSDOM(t, { contentType: 'application/xml' }).window.document)).toEqual([]);
    expect(readCourse(new JSDOM(strFromU8(entries['index.html']!)).window.document)).toEqual({ v: 3, format: 'scorm2004', modules: [first.id], score: 'participation' });

    const served = await servePackage(entries);
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    try {
      const lmsPage = await context.newPage();
      const frame = await openHarness(lmsPage, served.server.url, { launch: `/pkg/index.html?module=${first.id}`, version: '2004' });
      await frame.getByRole('button', { name: 'Begin', exact: true }).click();
      for (const move of plan) await stepAndCommit(lmsPage, frame, move);
      await expect(frame.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
      type Now = { completion_status: string; success_status: string; score_scaled: string; score_raw: string; interactions: { type: string; learner_response: string }[] };
      const now = () => lmsPage.evaluate(() => (window as unknown as { lms: { snapshot(): Now } }).lms.snapshot());
      let state = await now();
      expect([state.completion_status, state.success_status, state.score_scaled, state.score_raw]).toEqual(['completed', 'unknown', '0.5', '50']);
      expect(state.interactions.map((i) => [i.type, i.learner_response])).toEqual(plan.flatMap((p) => (p.kind === 'choice' ? [['choice', p.id]] : [])));
      await frame.getByLabel('Your reflection on this session').fill('Kept on this device');
      await frame.getByRole('button', { name: 'Save reflection' }).click();
      await expect.poll(async () => (await now()).score_raw).toBe('100');
      state = await now();
      expect([state.completion_status, state.success_status, state.score_scaled]).toEqual(['completed', 'unknown', '1']);
    } finally {
      await context.close();
      await served.close();
    }
  });
});


test('with the service worker, a package builds offline from the precache', async ({ page, context }) => {
  await page.goto('/#/instructor');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  try {
    await chooseModules(page, [second.id]);
    const { entries, name, ms } = await build(page);
    console.log(`[scorm-button] 1 module built offline in ${ms} ms`);
    expect(name).toMatch(/^[a-z0-9-]+\.zip$/);
    expect(Object.keys(entries)).toContain('imsmanifest.xml');
    await expect(page.getByRole('status').filter({ hasText: 'package ready' })).toContainText('1 module');
  } finally {
    await context.setOffline(false);
  }
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });
  test('offline, the button says why no package can be built', async ({ page, context }) => {
    await chooseModules(page, [first.id]);
    await context.setOffline(true);
    try {
      await page.getByRole('button', { name: 'Build SCORM package' }).click();
      await expect(page.getByRole('alert')).toContainText(/^The package could not be built\. .*offline/);
      await expectNoAxeViolations(page);
    } finally {
      await context.setOffline(false);
    }
  });
});
