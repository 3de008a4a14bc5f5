/**
 * The SCO side of a SCORM 1.2 package, from LMSInitialize to LMSFinish. Loaded only inside a
 * package (see `lms-hooks.ts`), and only does anything when an LMS API is found; otherwise the
 * package plays exactly like the app, with local progress.
 *
 * Lifecycle:
 * 1. `start` (before the module view opens): find the API, LMSInitialize, set lesson_status
 *    'incomplete' unless the LMS already has this SCO finished (a relaunch must not undo a
 *    completion), set exit 'suspend', and bring local progress into line with `cmi.suspend_data`
 *    (`scorm-resume.ts`), so the session resumes where the LMS says.
 * 2. `attach` (each session the module view opens): report at once, then after every saved step
 *    (`Session.onSaved`): suspend data, location, exit, and at an ending the status 'completed';
 *    LMSCommit each time, so closing the tab loses nothing the LMS has not been told.
 * 3. `finish` (on pagehide): cmi.core.session_time (wall-clock time since LMSInitialize, set once
 *    here because some LMSs add every session_time they receive to total_time), then LMSFinish.
 *
 * Scores (see `scorm-report.ts`): none by default, and the status is never passed or failed. With
 * a participation score (the package's course block), 50 at an ending and 100 once a reflection is
 * saved (`reflectionSaved`); a score is only ever raised, never lowered by a later attempt. If the
 * LMS holds a mastery score of its own (`cmi.student_data.mastery_score`), no score is sent at
 * all: many LMSs turn a score into passed or failed against it, and this SCO never reports those.
 *
 * One package may hold several modules (one SCO each). A SCO reports only its own module: the one
 * named in its launch URL, else the one in its suspend data, else the package's only module, else
 * the first the learner opens from the package's module list.
 */
import type { Script } from '../script/types';
import type { ProgressRepository } from '../storage/repository';
import type { Attempt } from '../storage/types';
import { findScormApi, ScormConnection } from './scorm-api';
import { buildReport, formatSessionTime, isFinishedStatus, participationScore } from './scorm-report';
import { resumeFromLms, type ResumeOutcome } from './scorm-resume';
import { decodeSuspend } from './scorm-suspend';
import type { LmsReport, ScoreMode, SuspendState, WindowLike } from './types';

/** The part of a Session the runtime needs (a real Session satisfies it). */
export interface ReportableSession {
  /** The script being played. */
  readonly script: Script;
  /** The attempt as saved. */
  readonly attempt: Attempt;
  /** Be told after every saved step; returns a function that stops listening. */
  onSaved(listener: (attempt: Attempt) => void): () => void;
}

/** What `start` needs from its surroundings (injected so tests can fake them). */
export interface ScormRuntimeOptions {
  /** The window the package runs in. */
  win: WindowLike;
  /** Local progress. */
  repo: ProgressRepository;
  /** Ids of the modules in this package. */
  moduleIds: readonly string[];
  /** Loads a module's script. */
  loadScript(id: string): Promise<Script | undefined>;
  /** Module named by the launch URL, if any. */
  launchModule?: string;
  /** The package's score mode (its course block): absent for no score, or 'participation'. */
  score?: ScoreMode;
  /** Registers the pagehide handler (default: none, the caller finishes). */
  onPageHide?(handler: () => void): void;
  /** Clock in milliseconds (default Date.now). */
  now?(): number;
}

/** A running SCO. */
export class ScormRuntime {
  readonly #conn: ScormConnection;
  readonly #now: () => number;
  readonly #startedAt: number;
  readonly #score: ScoreMode | undefined;
  #module: string | undefined;
  #finishedBefore: boolean;
  /** The highest score the LMS holds (0 for none): a score is only ever raised. */
  #best: number;
  /** True when the package asked for a participation score but the LMS has a mastery score, so none is sent. */
  readonly scoreWithheld: boolean;
  /** What resuming from suspend data did. */
  resume: ResumeOutcome = { kind: 'fresh' };
  /** Why suspend data could not be used, if it could not. */
  suspendProblem: string | null = null;
  /** The last report sent, for diagnostics and tests. */
  lastReport: LmsReport | null = null;

  private constructor(conn: ScormConnection, now: () => number, module: string | undefined, score: ScoreMode | undefined) {
    this.#conn = conn;
    this.#now = now;
    this.#startedAt = now();
    this.#module = module;
    const lmsMastery = conn.get('cmi.student_data.mastery_score').trim() !== '';
    this.scoreWithheld = score !== undefined && lmsMastery;
    this.#score = lmsMastery ? undefined : score;
    const held = Number(conn.get('cmi.core.score.raw').trim() || '0');
    this.#best = Number.isFinite(held) ? held : 0;
    this.#finishedBefore = isFinishedStatus(conn.get('cmi.core.lesson_status'));
  }

  /** Connect to the LMS, if there is one, and prepare local progress; undefined without an LMS. */
  static async start(o: ScormRuntimeOptions): Promise<ScormRuntime | undefined> {
    const api = findScormApi(o.win);
    if (!api) return undefined;
    const conn = new ScormConnection(api);
    if (!conn.initialize()) return undefined;
    const raw = conn.get('cmi.suspend_data');
    const decoded = decodeSuspend(raw);
    const saved: SuspendState | undefined = decoded.ok && o.moduleIds.includes(decoded.state.module) ? decoded.state : undefined;
    const launch = o.launchModule && o.moduleIds.includes(o.launchModule) ? o.launchModule : undefined;
    const module = launch ?? saved?.module ?? (o.moduleIds.length === 1 ? o.moduleIds[0] : undefined);
    const rt = new ScormRuntime(conn, o.now ?? Date.now, module, o.score);
    if (!decoded.ok && raw !== '') rt.suspendProblem = decoded.reason;
    else if (decoded.ok && !saved) rt.suspendProblem = `module "${decoded.state.module}" is not in this package`;
    if (!rt.#finishedBefore) conn.set('cmi.core.lesson_status', 'incomplete');
    conn.set('cmi.core.exit', 'suspend');
    const target = module ?? saved?.module;
    const script = target ? await o.loadScript(target).catch(() => undefined) : undefined;
    if (script) {
      rt.resume = await resumeFromLms(o.repo, script, saved?.module === script.id ? saved : undefined).catch((e: unknown) => ({ kind: 'failed' as const, reason: String(e) }));
      if (rt.resume.kind === 'failed') rt.suspendProblem = rt.resume.reason;
    }
    conn.commit();
    o.onPageHide?.(() => rt.finish());
    return rt;
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

  /** Tell the LMS about an attempt just saved, and commit. */
  report(script: Script, attempt: Attempt): void {
    if (!this.#conn.open) return;
    const r = buildReport(script, attempt, this.#score);
    this.#conn.set('cmi.suspend_data', r.suspendData);
    this.#conn.set('cmi.core.lesson_location', r.location);
    if (r.score !== undefined) this.#raiseScore(r.score);
    // An ending sets completed; 'incomplete' never undoes a finish.
    if (r.status === 'completed') {
      this.#conn.set('cmi.core.lesson_status', r.status);
      this.#finishedBefore = true;
    } else if (!this.#finishedBefore) this.#conn.set('cmi.core.lesson_status', 'incomplete');
    this.#conn.set('cmi.core.exit', r.exit);
    this.#conn.commit();
    this.lastReport = r;
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
    this.#conn.set('cmi.core.score.min', '0');
    this.#conn.set('cmi.core.score.max', '100');
    this.#conn.set('cmi.core.score.raw', String(score));
    this.#best = score;
    return true;
  }

  /** Send the session time and end the LMS session (idempotent). */
  finish(): void {
    if (!this.#conn.open) return;
    this.#conn.set('cmi.core.session_time', formatSessionTime(this.#now() - this.#startedAt));
    this.#conn.finish();
  }

  /** The last failed LMS call, for diagnostics. */
  get lastFailure() {
    return this.#conn.lastFailure;
  }
}
