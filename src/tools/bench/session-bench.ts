/**
 * Session figures in Chromium on the production build, one module at a time, each in a fresh
 * persistent profile (a real on-disk IndexedDB, as a learner has; an incognito context would keep
 * the database in memory and flatter every save). Reduced motion makes lines appear at once, and
 * service workers are blocked so precaching does not compete with the measured work.
 *
 * 1. Play the longest plan from `plansToEndings` (the e2e tests' plans, by role and accessible
 *    name) and time every step with the in-page probe; after each step, check in IndexedDB that the
 *    attempt already holds that step (the session saves before it shows, so it must).
 * 2. Read the completed attempt's stored size, and navigator.storage.estimate() before and after.
 * 3. Start again, play half the plan, and time several reloads until the transcript is back.
 *
 * Each step and each reload is also broken into phases from the app's own marks (`profile.ts`), so
 * the figures say where the time goes, not only how much there is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type LaunchOptions, type Page } from '@playwright/test';
import { plansToEndings, script, type PlanStep } from '../../../tests/e2e/support/plans';
import { PROBE, STORAGE_USAGE, readAttempts, type StoredAttempt } from './in-page';
import { CLEAR_MARKS, NAVIGATION, READ_MARKS, resumeMoments, stepPhases, summariseEach, type Marks, type ResumeMoments, type StepPhases } from './profile';
import { round, summarise, type Summary } from './stats';

/** Everything measured for one module. */
export interface SessionResults {
  module: string;
  planSteps: number;
  choices: number;
  /** Click → transcript grew in the DOM, for choice steps and for Continue steps. */
  choiceToDomMs: Summary;
  choiceToFrameMs: Summary;
  continueToDomMs: Summary;
  /** Every step's figures, in order (phases when the build marks them). */
  steps: { kind: 'choice' | 'continue'; domMs: number; frameMs: number; savedSteps: number; phases?: StepPhases }[];
  /** Where a choice's time goes (ms per phase, over the choice steps). */
  choicePhasesMs: Partial<Record<keyof StepPhases, Summary>>;
  /** Where a resume's time goes (ms since navigation start, per moment, over the reloads). */
  resumeMomentsMs: Partial<Record<keyof ResumeMoments, Summary>>;
  /** Reload → transcript shows all its items, ms since navigation start. */
  resumeMs: Summary;
  resumeAtItems: number;
  /** Size of the completed attempt record (UTF-8 JSON bytes). */
  attemptBytes: number;
  /** navigator.storage.estimate().usage before starting and after completing. */
  storageUsageBefore: number;
  storageUsageAfter: number;
}

const transcriptCount = (page: Page) => page.evaluate<number>('window.__bench.count()');

async function begin(page: Page, id: string) {
  await page.goto(`/#/module/${id}`);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await page.getByRole('list', { name: 'Transcript' }).waitFor();
}

/** Take one step by role and name; returns the in-page timings and the step's phases. */
async function step(page: Page, s: PlanStep): Promise<{ domMs: number; frameMs: number; phases?: StepPhases }> {
  const before = await transcriptCount(page);
  await page.evaluate(CLEAR_MARKS);
  await page.evaluate(`window.__bench.arm(${before})`);
  const button =
    s.kind === 'continue'
      ? page.getByRole('button', { name: 'Continue', exact: true })
      : page.getByRole('group', { name: 'Your response' }).getByRole('button', { name: s.name, exact: true });
  await button.click();
  const t = await page.evaluate<{ t0: number; tDom: number; tFrame: number } | 0>('window.__bench.stepDone(15000)');
  if (!t) throw new Error(`step ${JSON.stringify(s)}: the transcript did not grow within 15 s`);
  const phases = stepPhases(t, await page.evaluate<Marks>(READ_MARKS));
  return { domMs: t.tDom - t.t0, frameMs: t.tFrame - t.t0, ...(phases ? { phases } : {}) };
}

async function attemptsOf(page: Page, id: string): Promise<StoredAttempt[]> {
  return page.evaluate<StoredAttempt[]>(readAttempts(id));
}

/** Run the session benchmark for one module. */
export async function runSessionBench(
  id: string,
  opts: { baseURL: string; launch: LaunchOptions; reloads: number; log: (s: string) => void },
): Promise<SessionResults> {
  const s = script(id);
  const plan = [...plansToEndings(s).values()].sort((a, b) => b.length - a.length)[0];
  if (!plan) throw new Error(`${id}: no plan reaches an ending`);
  const profile = mkdtempSync(join(tmpdir(), 'balint-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...opts.launch,
    baseURL: opts.baseURL,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
  });
  try {
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    await context.addInitScript(PROBE);
    const page = context.pages()[0] ?? (await context.newPage());

    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const storageUsageBefore = await page.evaluate<number>(STORAGE_USAGE);

    // 1. A full session, every step timed and checked against IndexedDB.
    await begin(page, id);
    const steps: SessionResults['steps'] = [];
    for (const [i, st] of plan.entries()) {
      const t = await step(page, st);
      const stored = await attemptsOf(page, id);
      const current = stored.find((a) => a.status === (i === plan.length - 1 ? 'completed' : 'active'));
      if (!current || current.steps !== i + 1)
        throw new Error(`${id}: after step ${i + 1} the stored attempt has ${current ? `${current.steps} steps` : 'no record'} (${JSON.stringify(stored)})`);
      steps.push({ kind: st.kind, domMs: round(t.domMs), frameMs: round(t.frameMs), savedSteps: current.steps, ...(t.phases ? { phases: t.phases } : {}) });
    }
    await page.getByRole('heading', { level: 2, name: 'Debrief' }).waitFor();
    const completed = (await attemptsOf(page, id)).find((a) => a.status === 'completed');
    if (!completed) throw new Error(`${id}: no completed attempt stored after the last step`);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const storageUsageAfter = await page.evaluate<number>(STORAGE_USAGE);
    opts.log(`${id}: played ${plan.length} steps, attempt stored (${completed.bytes} bytes)`);

    // 3. Resume: half a session, then reload several times.
    await begin(page, id);
    for (const st of plan.slice(0, Math.floor(plan.length / 2))) await step(page, st);
    const items = await transcriptCount(page);
    const resume: number[] = [];
    const moments: ResumeMoments[] = [];
    for (let r = 0; r < opts.reloads; r++) {
      await page.reload({ waitUntil: 'domcontentloaded' });
      const at = await page.evaluate<number>(`window.__bench.until(() => window.__bench.reached(${items}), 30000)`);
      if (!at) throw new Error(`${id}: after reload the transcript did not show ${items} items within 30 s`);
      resume.push(at);
      moments.push(resumeMoments(await page.evaluate(NAVIGATION), await page.evaluate<Marks>(READ_MARKS), at));
      const now = await transcriptCount(page);
      if (now !== items) throw new Error(`${id}: after reload the transcript has ${now} items, expected ${items}`);
    }
    opts.log(`${id}: resumed ${opts.reloads} times at ${items} transcript items`);

    const ms = (kind: string, key: 'domMs' | 'frameMs') => summarise(steps.filter((x) => x.kind === kind).map((x) => x[key]));
    return {
      module: id,
      planSteps: plan.length,
      choices: steps.filter((x) => x.kind === 'choice').length,
      choiceToDomMs: ms('choice', 'domMs'),
      choiceToFrameMs: ms('choice', 'frameMs'),
      continueToDomMs: ms('continue', 'domMs'),
      steps,
      choicePhasesMs: summariseEach(steps.filter((x) => x.kind === 'choice').map((x) => x.phases)),
      resumeMs: summarise(resume.map((x) => round(x))),
      resumeMomentsMs: summariseEach(moments),
      resumeAtItems: items,
      attemptBytes: completed.bytes,
      storageUsageBefore,
      storageUsageAfter,
    };
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}
