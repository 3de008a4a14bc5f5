/**
 * Sends the outbox (`src/storage/statement-queue.ts`) to the LRS, oldest first, one item per
 * request, and removes an item only once the LRS has answered for it. The learner never waits for
 * this: items are queued in IndexedDB and this runs in the background.
 *
 * - LRS unreachable (no answer, timeout, 5xx, 408, 429): the queue holds; the sender tries again
 *   after 1, 2, 4 … up to 60 seconds, and at once when the browser says it is back `online` or
 *   something new is queued.
 * - Refused (another 4xx): the statement may already be stored (its answer was lost, and the LMS
 *   now refuses a second `completed`, or the session has since ended). The sender asks the LRS
 *   for that statement id, through the live session when there is one: there, it is delivered and
 *   removed. Not there, and from an earlier session the LMS has closed (the learner left while it
 *   was unreachable), the live session may carry it over (`carryOver`: sent again in this
 *   session, so no choice is lost). Otherwise it is set aside with the reason (kept on the device,
 *   never resent) and sending goes on. Reasons are codes for diagnostics, never words for a person:
 *   `no-session`, `carried-over:<session key>`, or `HTTP <status>: <the LRS's answer>`.
 * - Nothing is sent twice as two statements: every statement carries the id the app gave it, and
 *   an LRS stores one statement per id.
 *
 * One tab sends at a time (Web Locks, where the browser has them), so two tabs of a package never
 * interleave one session's statements.
 */
import * as v from 'valibot';
import type { QueueItem, StatementQueue } from '../../storage/statement-queue';
import type { DeliveryTarget, Statement, XapiOutcome } from './types';
import { XapiClient } from './xapi-client';

const TargetSchema = v.looseObject({
  endpoint: v.pipe(v.string(), v.url()),
  authorization: v.pipe(v.string(), v.minLength(1)),
  actor: v.looseObject({}),
  activityId: v.pipe(v.string(), v.minLength(1)),
  registration: v.pipe(v.string(), v.minLength(1)),
});

/** The delivery target in a stored session's data, or undefined when it has none. */
export function targetOf(data: unknown): DeliveryTarget | undefined {
  const r = v.safeParse(TargetSchema, data);
  return r.success ? (r.output as unknown as DeliveryTarget) : undefined;
}

/** Seconds to wait before the next try after `failures` failures in a row: 1, 2, 4 … 60. */
export function retryDelayMs(failures: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, Math.min(failures - 1, 6)));
}

/** What the sender was told to use. */
export interface SenderOptions {
  /** The transport (default: the page's fetch). */
  fetch?: typeof fetch;
  /** The live session: its key, and a client to check whether a refused statement is already stored. */
  live?: () => { key: string; client: XapiClient } | undefined;
  /** Queue a refused, never stored statement of an earlier session again in the live one; false when it cannot be. */
  carryOver?: (item: QueueItem) => Promise<boolean>;
  /** Told after items are delivered (their keys) so a runtime can drop them from its own list. */
  onDelivered?: (items: readonly QueueItem[]) => void;
  /** Timers (injected by tests). */
  setTimeout?: (fn: () => void, ms: number) => unknown;
  /** Clears a timer. */
  clearTimeout?: (handle: unknown) => void;
}

/** The Web Lock that makes one tab send at a time. */
const LOCK = 'balint-xapi-outbox';

export class OutboxSender {
  readonly #queue: StatementQueue;
  readonly #o: SenderOptions;
  #running: Promise<void> | undefined;
  #again = false;
  #failures = 0;
  #timer: unknown;
  #stopped = false;
  /** Items refused for good in this page (for tests and diagnostics). */
  refusedCount = 0;
  /** The item being sent right now, if any (its answer may still come). */
  inFlight: QueueItem | undefined;

  constructor(queue: StatementQueue, options: SenderOptions = {}) {
    this.#queue = queue;
    this.#o = options;
  }

  /** Send what is waiting, now (or right after the pass that is running). Resolves when the pass ends. */
  kick(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    this.#clearTimer();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#withLock(() => this.#drain()).finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        void this.kick();
      }
    });
    return this.#running;
  }

  /** The browser is back online: forget the backoff and send at once. */
  online(): Promise<void> {
    this.#failures = 0;
    return this.kick();
  }

  /** Stop sending (the page is going away); what is queued stays queued. */
  stop(): void {
    this.#stopped = true;
    this.#clearTimer();
  }

  async #withLock(fn: () => Promise<void>): Promise<void> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (locks?.request) await locks.request(LOCK, fn);
    else await fn();
  }

  async #drain(): Promise<void> {
    const sessions = new Map<string, DeliveryTarget | undefined>();
    for (;;) {
      if (this.#stopped) return;
      const [item] = await this.#queue.peek(1);
      if (!item) {
        this.#failures = 0;
        return;
      }
      if (!sessions.has(item.session)) sessions.set(item.session, targetOf((await this.#queue.getSession(item.session))?.data));
      const target = sessions.get(item.session);
      if (!target) {
        await this.#setAside([item], 'no-session');
        continue;
      }
      const client = new XapiClient(target, this.#o.fetch);
      this.inFlight = item;
      const next = await this.#send(client, target, item)
        .then((outcome) => this.#settle(client, item, outcome))
        .finally(() => (this.inFlight = undefined));
      if (next === 'wait') {
        this.#failures++;
        this.#schedule(retryDelayMs(this.#failures));
        return;
      }
      this.#failures = 0;
    }
  }

  #send(client: XapiClient, target: DeliveryTarget, item: QueueItem): Promise<XapiOutcome> {
    if (item.kind === 'state') return client.putState(target.activityId, target.actor, target.registration, item.key, item.body);
    return client.postStatements([item.body as Statement]);
  }

  /** Act on an answer: 'next' to go on with the queue, 'wait' to try again later. */
  async #settle(client: XapiClient, item: QueueItem, outcome: XapiOutcome): Promise<'next' | 'wait'> {
    if (outcome.kind === 'ok') {
      await this.#delivered([item]);
      return 'next';
    }
    if (outcome.kind === 'unreachable' || outcome.kind === 'missing') return 'wait';
    const live = this.#o.live?.();
    if (item.kind === 'statement') {
      const check = await (live?.client ?? client).getStatement(item.key);
      if (check.kind === 'ok') {
        await this.#delivered([item]);
        return 'next';
      }
      if (check.kind === 'unreachable') return 'wait';
    }
    const earlier = live !== undefined && item.session !== live.key;
    if (earlier && item.kind === 'statement' && (await this.#o.carryOver?.(item))) {
      await this.#setAside([item], `carried-over:${live.key}`);
      return 'next';
    }
    await this.#setAside([item], `HTTP ${outcome.status}: ${outcome.text}`);
    return 'next';
  }

  async #delivered(items: readonly QueueItem[]): Promise<void> {
    await this.#queue.remove(items.map((i) => i.seq));
    this.#o.onDelivered?.(items);
  }

  async #setAside(items: readonly QueueItem[], reason: string): Promise<void> {
    this.refusedCount += items.length;
    await this.#queue.refuse(items, reason);
    this.#o.onDelivered?.(items);
  }

  #schedule(ms: number): void {
    this.#clearTimer();
    const set = this.#o.setTimeout ?? ((fn, t) => globalThis.setTimeout(fn, t));
    this.#timer = set(() => {
      this.#timer = undefined;
      void this.kick();
    }, ms);
  }

  #clearTimer(): void {
    if (this.#timer === undefined) return;
    (this.#o.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>)))(this.#timer);
    this.#timer = undefined;
  }
}
