/**
 * The AU side of a cmi5 package, from launch to `terminated`. Loaded by `lms-hooks.ts` only
 * inside a package whose course block says `cmi5`, and only does anything when the page was
 * launched with cmi5's parameters; otherwise the package plays like the app, with local progress.
 *
 * Lifecycle:
 * 1. `start` (before the module view opens): connect (`cmi5-launch.ts`: token, launch data,
 *    preferences, resume document), bring local progress into line with the resume document
 *    (the SCORM resume, `scorm-resume.ts`), so a relaunch continues the same attempt on any
 *    device, and queue `initialized`.
 * 2. `attach` (each session the module view opens): after every saved step, queue `answered` for
 *    each new choice, then `progressed` (or, at an ending, `completed` once per registration, and
 *    with a participation score `scored`), and the new resume document.
 * 3. `finish` (pagehide): `terminated`, sent at once in one request that outlives the page
 *    together with anything still waiting, and queued as well in case that request fails.
 *
 * Statements never wait for the network: they go into the outbox (IndexedDB) and the
 * `OutboxSender` delivers them in order, retrying while the LRS is unreachable.
 *
 * Launch modes (cmi5 section 10): Normal records everything above. Browse and Review must not
 * record completion; the AU then sends only `initialized` and `terminated` (its choices are not
 * recorded either: a look around is not the learner's answer) and does not touch the resume
 * document. The LMS's `masteryScore` is only for passed/failed, which this AU never sends.
 */
import type { Script } from '../../script/types';
import { StatementQueue, type NewQueueItem, type QueueItem } from '../../storage/statement-queue';
import type { Attempt } from '../../storage/types';
import { participationScore, reachedEnding } from '../scorm-report';
import { resumeFromLms } from '../scorm-resume';
import { tokensOf } from '../scorm-suspend';
import type { LmsRuntime, LmsStartOptions, ReportableSession, ScoreMode } from '../types';
import { PROGRESS_STATE_ID, VERB } from '../xapi/iris';
import { OutboxSender } from '../xapi/outbox-sender';
import type { Statement } from '../xapi/types';
import type { XapiClient } from '../xapi/xapi-client';
import { choiceFacts } from './choice-facts';
import { connect } from './cmi5-launch';
import { markSessionEnded } from './ended-sessions';
import { answeredStatement, carriedOver, completedStatement, initializedStatement, progressedStatement, scoredStatement, terminatedStatement } from './cmi5-statements';
import { readLaunchParams, safeReturnUrl, tracksCompletion } from './launch-params';
import { decisionsToEnding, progressAt } from './progress';
import { progressDoc, suspendStateOf } from './progress-doc';
import type { Cmi5Connection, LaunchProblem, ProgressDoc, StatementLaunch } from './types';

/** What `launch` needs beyond what every LMS runtime gets (injected by tests). */
export interface Cmi5Options extends LmsStartOptions {
  /** The page's query string (default: `location.search`). */
  search?: string;
  /** The transport (default: the page's fetch). */
  fetch?: typeof fetch;
  /** The outbox (default: the IndexedDB one). */
  queue?: StatementQueue;
  /** Registers the `online` handler (default: the window's `online` event). */
  onOnline?(handler: () => void): void;
}

/** What the last launch attempt came to, for diagnostics and tests. */
export let lastLaunchProblem: LaunchProblem | 'invalid-params' | undefined;

export class Cmi5Runtime implements LmsRuntime {
  readonly #c: Cmi5Connection;
  readonly #queue: StatementQueue;
  readonly #launch: StatementLaunch;
  readonly #now: () => number;
  readonly #score: ScoreMode | undefined;
  readonly #startedAt: number;
  /** Statements of this session queued and not yet known delivered, in order (for pagehide). */
  readonly #unsent: Statement[] = [];
  #module: string | undefined;
  #attemptId: string | undefined;
  #reported = 0;
  #lastAt = '';
  #doc: ProgressDoc;
  /** The resume document as last queued, while it is not known delivered (JSON). */
  #docPending: string | undefined;
  #terminated = false;
  /** The outbox sender. */
  readonly sender: OutboxSender;
  /** True when this launch records choices and completion (launch mode Normal). */
  readonly tracking: boolean;

  private constructor(c: Cmi5Connection, queue: StatementQueue, o: Cmi5Options, module: string | undefined) {
    this.#c = c;
    this.#queue = queue;
    const { actor, activityId, registration, launchData } = c.session;
    this.#launch = { actor, activityId, registration, contextTemplate: launchData.contextTemplate };
    this.#now = o.now ?? Date.now;
    this.#startedAt = this.#now();
    this.#score = o.score;
    this.#module = module;
    this.tracking = tracksCompletion(launchData.launchMode);
    this.#doc = typeof c.progress === 'object' ? c.progress : progressDoc(undefined, false, 0);
    this.sender = new OutboxSender(queue, {
      fetch: o.fetch,
      live: () => (this.#terminated ? undefined : { key: c.key, client: c.client }),
      carryOver: (item) => this.#carryOver(item),
      onDelivered: (items) => this.#delivered(items),
    });
  }

  /** Start, as `lms-hooks.ts` calls it. */
  static start(o: LmsStartOptions): Promise<LmsRuntime | undefined> {
    return Cmi5Runtime.launch(o);
  }

  /** Connect to the LMS if the page was launched by one; undefined otherwise. */
  static async launch(o: Cmi5Options): Promise<Cmi5Runtime | undefined> {
    const found = readLaunchParams(o.search ?? globalThis.location?.search ?? '');
    if (found.kind !== 'launch') {
      lastLaunchProblem = found.kind === 'invalid' ? 'invalid-params' : undefined;
      return undefined;
    }
    const queue = o.queue ?? new StatementQueue();
    const fetchFn = o.fetch ?? ((...a: Parameters<typeof fetch>) => globalThis.fetch(...a));
    const c = await connect(found.params, queue, fetchFn, new Date(o.now?.() ?? Date.now()));
    if ('problem' in c) {
      lastLaunchProblem = c.problem;
      return undefined;
    }
    lastLaunchProblem = undefined;
    const saved = suspendStateOf(typeof c.progress === 'object' ? c.progress : undefined);
    const launch = o.launchModule && o.moduleIds.includes(o.launchModule) ? o.launchModule : undefined;
    const fromDoc = saved && o.moduleIds.includes(saved.module) ? saved.module : undefined;
    const module = launch ?? fromDoc ?? (o.moduleIds.length === 1 ? o.moduleIds[0] : undefined);
    const rt = new Cmi5Runtime(c, queue, { ...o, fetch: fetchFn }, module);
    const script = module ? await o.loadScript(module).catch(() => undefined) : undefined;
    // Only what the LRS said decides the learner's place: an unreadable document leaves local progress alone.
    if (script && rt.tracking && c.progress !== 'unknown') await resumeFromLms(o.repo, script, saved?.module === script.id ? saved : undefined).catch(() => undefined);
    if (!c.session.initializedAt) {
      const at = rt.#stamp(new Date(rt.#startedAt).toISOString());
      await rt.#enqueue([initializedStatement(rt.#launch, at)]);
      c.session.initializedAt = at;
      await queue.saveSession({ key: c.key, data: c.session, createdAt: at });
    }
    await queue.pruneSessions([c.key]).catch(() => undefined);
    void rt.sender.kick();
    (o.onOnline ?? ((h) => addEventListener('online', h)))(() => void rt.sender.online());
    o.onPageHide?.(() => rt.finish());
    return rt;
  }

  /** The module this AU reports, once known. */
  get module(): string | undefined {
    return this.#module;
  }

  /**
   * The LMS's returnURL, if it gave one (http or https only): the app links to it, and following
   * the link ends the session (`terminated` on pagehide), as cmi5 asks of an AU that is left.
   */
  get returnUrl(): string | undefined {
    return safeReturnUrl(this.#c.session.launchData.returnURL, this.#c.session.endpoint);
  }

  /** True once `terminated` was queued: nothing more is sent in this session. */
  get terminated(): boolean {
    return this.#terminated;
  }

  /** Report this session now and after every saved step; returns a function that stops. */
  attach(session: ReportableSession): () => void {
    this.#module ??= session.script.id;
    if (session.script.id !== this.#module || this.#terminated) return () => undefined;
    this.#attemptId = session.attempt.id;
    this.#reported = session.attempt.steps.length;
    return session.onSaved((attempt) => void this.report(session.script, attempt));
  }

  /** Queue what a just-saved attempt adds: its new choices, progress or completion, and the resume document. */
  async report(script: Script, attempt: Attempt): Promise<void> {
    if (this.#terminated || !this.tracking) return;
    if (attempt.status === 'abandoned') {
      this.#attemptId = undefined;
      this.#doc = { ...this.#doc, suspend: '' };
      return this.#enqueue([], true);
    }
    if (attempt.id !== this.#attemptId) [this.#attemptId, this.#reported] = [attempt.id, 0];
    this.#reported = Math.min(this.#reported, attempt.steps.length);
    const facts = choiceFacts(script, attempt.steps, this.#reported, attempt.startedAt);
    this.#reported = attempt.steps.length;
    const out: Statement[] = facts.map((f) => answeredStatement(this.#launch, { ...f, at: this.#stamp(f.at) }));
    const done = reachedEnding(script, attempt);
    const at = this.#stamp(attempt.updatedAt);
    if (done && !this.#doc.completed) {
      out.push(completedStatement(this.#launch, at, attempt.activeMs));
      this.#doc = { ...this.#doc, completed: true };
      if (this.#score === 'participation') out.push(...this.#raise(participationScore(true, false), at));
    } else if (!done && !this.#doc.completed && facts.length) {
      const taken = attempt.steps.filter((s) => s.type === 'choice').length;
      out.push(progressedStatement(this.#launch, at, progressAt(decisionsToEnding(script), attempt.sceneId, taken)));
    }
    this.#doc = { ...this.#doc, suspend: progressDoc({ module: script.id, hash: script.hash, steps: tokensOf(attempt.steps) }, false, 0).suspend };
    await this.#enqueue(out, true);
  }

  /** A reflection on a finished attempt was saved: with a participation score, 100 points (once). */
  reflectionSaved(moduleId: string): void {
    if (this.#terminated || !this.tracking || this.#score !== 'participation' || moduleId !== this.#module || !this.#doc.completed) return;
    const out = this.#raise(participationScore(true, true), this.#stamp(new Date(this.#now()).toISOString()));
    if (out.length) void this.#enqueue(out, true);
  }

  /** Leave (pagehide): `terminated`, sent now with what is still waiting, and queued. Idempotent. */
  finish(): void {
    if (this.#terminated) return;
    this.#terminated = true;
    markSessionEnded(this.#c.key);
    const at = this.#stamp(new Date(this.#now()).toISOString());
    const last = terminatedStatement(this.#launch, at, this.#now() - this.#startedAt);
    const inFlight = this.sender.inFlight;
    // A cmi5 defined statement in flight must not be sent twice in one request: the LMS would refuse the whole request.
    const skip = inFlight?.kind === 'statement' && !isAllowed(inFlight.body as Statement) ? inFlight.key : undefined;
    const batch = [...this.#unsent.filter((s) => s.id !== skip), last];
    this.sender.stop();
    const { actor, activityId, registration } = this.#c.session;
    if (this.#docPending) void this.#c.client.putState(activityId, actor, registration, PROGRESS_STATE_ID, JSON.parse(this.#docPending), true);
    void this.#c.client.postStatements(batch, true).then((r) => (r.kind === 'ok' ? this.#queue.removeKeys(this.#c.key, batch.map((s) => s.id)) : undefined));
    void this.#queue.append([item(this.#c.key, last)]).then(() => this.#queue.saveSession({ key: this.#c.key, data: { ...this.#c.session, terminated: true }, createdAt: this.#c.session.initializedAt }));
  }

  /** The live session's client (for tests and diagnostics). */
  get client(): XapiClient {
    return this.#c.client;
  }

  /** A statement of an earlier session that never arrived: send it in this one (see `carriedOver`). */
  async #carryOver(item: QueueItem): Promise<boolean> {
    const s = item.body as Statement;
    if (this.#terminated || !this.tracking || (s.verb?.id === VERB.completed && this.#doc.completed)) return false;
    const again = carriedOver(this.#launch, s, this.#stamp(new Date(this.#now()).toISOString()));
    if (!again) return false;
    if (again.verb.id === VERB.completed) this.#doc = { ...this.#doc, completed: true };
    await this.#enqueue([again], again.verb.id === VERB.completed);
    return true;
  }

  #raise(points: number, at: string): Statement[] {
    if (points <= this.#doc.points) return [];
    this.#doc = { ...this.#doc, points };
    return [scoredStatement(this.#launch, at, points)];
  }

  async #enqueue(statements: readonly Statement[], withDoc = false): Promise<void> {
    const items: NewQueueItem[] = statements.map((s) => item(this.#c.key, s));
    if (withDoc && this.tracking) {
      items.push({ session: this.#c.key, kind: 'state', key: PROGRESS_STATE_ID, body: this.#doc });
      this.#docPending = JSON.stringify(this.#doc);
    }
    if (!items.length) return;
    this.#unsent.push(...statements);
    await this.#queue.append(items);
    void this.sender.kick();
  }

  #delivered(items: readonly QueueItem[]): void {
    for (const i of items) {
      if (i.session !== this.#c.key) continue;
      if (i.kind === 'state' && JSON.stringify(i.body) === this.#docPending) this.#docPending = undefined;
      const at = this.#unsent.findIndex((s) => s.id === i.key);
      if (at >= 0) this.#unsent.splice(at, 1);
    }
  }

  /** A timestamp no earlier than the last one given: cmi5 orders a session's statements by timestamp. */
  #stamp(iso: string): string {
    const t = Number.isNaN(Date.parse(iso)) ? new Date(this.#now()).toISOString() : new Date(iso).toISOString();
    this.#lastAt = t > this.#lastAt ? t : this.#lastAt;
    return this.#lastAt;
  }
}

function item(session: string, s: Statement): NewQueueItem {
  return { session, kind: 'statement', key: s.id, body: s };
}

/** True for a cmi5 allowed statement (the LMS stores a repeat of one as the same statement). */
function isAllowed(s: Statement): boolean {
  return s.verb.id !== VERB.initialized && s.verb.id !== VERB.completed && s.verb.id !== VERB.terminated;
}
