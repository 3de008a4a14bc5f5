/**
 * The SCO side of a SCORM package, 1.2 or 2004 4th edition, from initialize to terminate. One
 * runtime for both versions: what differs (the API's name and calls, element names, formats and
 * limits) is in a dialect (`scorm12-dialect.ts`, `scorm2004-dialect.ts`). Loaded only inside a
 * package (see `lms-hooks.ts`), and only does anything when an LMS API is found; otherwise the
 * package plays exactly like the app, with local progress.
 *
 * Lifecycle:
 * 1. `start` (before the module view opens): find the API, initialize, set the completion status
 *    'incomplete' unless the LMS already has this SCO completed (a relaunch must not undo a
 *    completion), set exit 'suspend', and bring local progress into line with `cmi.suspend_data`
 *    (`scorm-resume.ts`), so the session resumes where the LMS says.
 * 2. `attach` (each session the module view opens): report at once, then after every saved step
 *    (`Session.onSaved`): each new choice as `cmi.interactions.n` (`choice-interactions.ts`),
 *    suspend data, location, exit, and at an ending the status 'completed' and a normal exit;
 *    commit each time, so closing the tab loses nothing the LMS has not been told.
 * 3. `finish` (on pagehide): the session time (wall-clock time since initialize, set once here
 *    because LMSs add every session time they receive to the total), then terminate.
 *
 * Scores (see `scorm-report.ts`): none by default, and the status is never passed or failed (in
 * 2004 `cmi.success_status` is never written, so it stays unknown). With a participation score
 * (the package's course block), 50 at an ending and 100 once a reflection is saved
 * (`reflectionSaved`); a score is only ever raised, never lowered by a later attempt. If the LMS
 * holds a mastery or passing score of its own (1.2 `cmi.student_data.mastery_score`, 2004
 * `cmi.scaled_passing_score`), no score is sent at all: the LMS would turn it into passed or
 * failed, and this SCO never reports those.
 *
 * Navigation: `adl.nav.request` (2004) is never set. The SCO has no navigation control of its own
 * (the LMS's table of contents and Continue/Previous move between modules, which the manifest
 * allows), and a request at an ending would take the learner away from the debrief and the
 * reflection, so there is no moment at which the SCO could sensibly ask to move on.
 *
 * One package may hold several modules (one SCO each). A SCO reports only its own module: the one
 * named in its launch URL, else the one in its suspend data, else the package's only module, else
 * the first the learner opens from the package's module list.
 */
import type { Script } from '../script/types';
import type { Attempt } from '../storage/types';
import { choiceInteractions, ReportedSteps } from './choice-interactions';
import { ScormConnection } from './scorm-api';
import { SCORM12 } from './scorm12-dialect';
import { SCORM2004 } from './scorm2004-dialect';
import { buildReport, isFinishedStatus, participationScore } from './scorm-report';
import { resumeFromLms, type ResumeOutcome } from './scorm-resume';
import { decodeSuspend } from './scorm-suspend';
import type { LmsReport, LmsRuntime, LmsStartOptions, ProgressProblem, ReportableSession, ScoreMode, ScormDialect, ScormVersion, SuspendState } from './types';

export type { ReportableSession };

/** What `start` needs: the options every LMS runtime takes, and the SCORM version (1.2 by default). */
export interface ScormRuntimeOptions extends LmsStartOptions {
  /** The package's SCORM version (its course block's format). */
  version?: ScormVersion;
}

const DIALECTS: Record<ScormVersion, ScormDialect> = { '1.2': SCORM12, '2004': SCORM2004 };

/** A running SCO. */
export class ScormRuntime implements LmsRuntime {
  readonly #conn: ScormConnection;
  readonly #dialect: ScormDialect;
  readonly #now: () => number;
  readonly #startedAt: number;
  readonly #score: ScoreMode | undefined;
  readonly #reported = new ReportedSteps();
  #module: string | undefined;
  #finishedBefore: boolean;
  /** The highest score the LMS holds (0 for none): a score is only ever raised. */
  #best: number;
  /** Index of the next `cmi.interactions.n` (read from `_count` on the first report). */
  #nextInteraction: number | undefined;
  /** True when the package asked for a participation score but the LMS has a mastery score, so none is sent. */
  readonly scoreWithheld: boolean;
  /** What resuming from suspend data did. */
  resume: ResumeOutcome = { kind: 'fresh' };
  /** Why suspend data could not be used, if it could not (a code for diagnostics and tests). */
  suspendProblem: ProgressProblem | null = null;
  /** The last report sent, for diagnostics and tests. */
  lastReport: LmsReport | null = null;

  private constructor(conn: ScormConnection, dialect: ScormDialect, now: () => number, module: string | undefined, score: ScoreMode | undefined) {
    this.#conn = conn;
    this.#dialect = dialect;
    this.#now = now;
    this.#startedAt = now();
    this.#module = module;
    const lmsMastery = conn.get(dialect.passingScore).trim() !== '';
    this.scoreWithheld = score !== undefined && lmsMastery;
    this.#score = lmsMastery ? undefined : score;
    const held = Number(conn.get(dialect.scoreRaw).trim() || '0');
    this.#best = Number.isFinite(held) ? held : 0;
    this.#finishedBefore = isFinishedStatus(conn.get(dialect.status));
  }

  /** Connect to the LMS, if there is one, and prepare local progress; undefined without an LMS. */
  static async start(o: ScormRuntimeOptions): Promise<ScormRuntime | undefined> {
    const dialect = DIALECTS[o.version ?? '1.2'];
    const api = dialect.find(o.win);
    if (!api) return undefined;
    const conn = new ScormConnection(api);
    if (!conn.initialize()) return undefined;
    const raw = conn.get('cmi.suspend_data');
    const decoded = decodeSuspend(raw, dialect.suspendLimit);
    const saved: SuspendState | undefined = decoded.ok && o.moduleIds.includes(decoded.state.module) ? decoded.state : undefined;
    const launch = o.launchModule && o.moduleIds.includes(o.launchModule) ? o.launchModule : undefined;
    const module = launch ?? saved?.module ?? (o.moduleIds.length === 1 ? o.moduleIds[0] : undefined);
    const rt = new ScormRuntime(conn, dialect, o.now ?? Date.now, module, o.score);
    if (!decoded.ok && raw !== '') rt.suspendProblem = decoded.problem;
    else if (decoded.ok && !saved) rt.suspendProblem = { code: 'foreign-module', module: decoded.state.module };
    if (!rt.#finishedBefore) conn.set(dialect.status, 'incomplete');
    conn.set(dialect.exit, 'suspend');
    const target = module ?? saved?.module;
    const script = target ? await o.loadScript(target).catch(() => undefined) : undefined;
    if (script) {
      rt.resume = await resumeFromLms(o.repo, script, saved?.module === script.id ? saved : undefined).catch((e: unknown) => ({ kind: 'failed' as const, problem: { code: 'resume-error' as const, detail: String(e) } }));
      if (rt.resume.kind === 'failed') rt.suspendProblem = rt.resume.problem;
    }
    conn.commit();
    o.onPageHide?.(() => rt.finish());
    return rt;
  }

  /** The SCORM version this SCO speaks. */
  get version(): ScormVersion {
    return this.#dialect.version;
  }

  /** The module this SCO reports, once known. */
  get module(): string | undefined {
    return this.#module;
  }

  /** True while the LMS session is open. */
  get connected(): boolean {
    return this.#conn.open;
  }

  /** Report this session now and after every saved step; returns a function that stops. */
  attach(session: ReportableSession): () => void {
    if (!this.#conn.open) return () => undefined;
    this.#module ??= session.script.id;
    if (session.script.id !== this.#module) return () => undefined;
    this.report(session.script, session.attempt);
    return session.onSaved((attempt) => this.report(session.script, attempt));
  }

  /** Tell the LMS about an attempt just saved (its new choices first), and commit. */
  report(script: Script, attempt: Attempt): void {
    if (!this.#conn.open) return;
    const d = this.#dialect;
    this.#reportChoices(script, attempt);
    const r = buildReport(script, attempt, this.#score, d.suspendLimit);
    this.#conn.set('cmi.suspend_data', r.suspendData);
    this.#conn.set(d.location, r.location);
    if (r.score !== undefined) this.#raiseScore(r.score);
    // An ending sets completed; 'incomplete' never undoes a finish.
    if (r.status === 'completed') {
      this.#conn.set(d.status, r.status);
      this.#finishedBefore = true;
    } else if (!this.#finishedBefore) this.#conn.set(d.status, 'incomplete');
    this.#conn.set(d.exit, r.exit === 'suspend' ? 'suspend' : d.normalExit);
    this.#conn.commit();
    this.lastReport = r;
  }

  /** Write each choice of `attempt` the LMS has not been told about as the next interaction. */
  #reportChoices(script: Script, attempt: Attempt): void {
    const count = () => {
      const n = Number(this.#conn.get('cmi.interactions._count').trim() || '0');
      return Number.isInteger(n) && n >= 0 ? n : 0;
    };
    const from = this.#reported.take(attempt, count);
    if (attempt.status === 'abandoned') return;
    for (const choice of choiceInteractions(script, attempt, from, this.#startedAt)) {
      this.#nextInteraction ??= count();
      const [[idElement, id], ...rest] = this.#dialect.interaction(this.#nextInteraction, choice) as [[string, string], ...[string, string][]];
      if (!this.#conn.set(idElement, id)) continue; // the LMS refused the record (a limit?): nothing more to write for it
      for (const [element, value] of rest) this.#conn.set(element, value);
      this.#nextInteraction++;
    }
  }

  /**
   * The learner saved a reflection at the debrief of a finished attempt of `moduleId`: with a
   * participation score, its points are added (the LMS is told that, never what it says).
   */
  reflectionSaved(moduleId: string): void {
    if (!this.#conn.open || this.#score !== 'participation' || moduleId !== this.#module || !this.#finishedBefore) return;
    if (this.#raiseScore(participationScore(true, true))) this.#conn.commit();
  }

  /** Set the score when it is higher than the one the LMS holds; true when it was set. */
  #raiseScore(score: number): boolean {
    if (score <= this.#best) return false;
    for (const [element, value] of this.#dialect.score(score)) this.#conn.set(element, value);
    this.#best = score;
    return true;
  }

  /** Send the session time and end the LMS session (idempotent). */
  finish(): void {
    if (!this.#conn.open) return;
    this.#conn.set(this.#dialect.sessionTime, this.#dialect.duration(this.#now() - this.#startedAt));
    this.#conn.finish();
  }

  /** The last failed LMS call, for diagnostics. */
  get lastFailure() {
    return this.#conn.lastFailure;
  }
}
