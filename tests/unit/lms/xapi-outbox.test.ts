/**
 * The outbox sender's decisions that need no LRS: how long it waits between tries, that an
 * unreachable LRS leaves every item queued, and the ids and durations statements carry. Delivery,
 * order and duplicates against a real LMS and LRS are tested in `npm run test:lms`.
 */
import { describe, expect, it } from 'vitest';
import { isoDuration } from '../../../src/lms/xapi/iso-duration';
import { OutboxSender, retryDelayMs } from '../../../src/lms/xapi/outbox-sender';
import { statementId } from '../../../src/lms/xapi/statement-id';
import { isTransient } from '../../../src/lms/xapi/xapi-client';
import { StatementQueue } from '../../../src/storage/statement-queue';

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the outbox sender', () => {
  it('waits 1, 2, 4 … seconds between tries, at most a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('treats no answer, 5xx, 408 and 429 as "try again later", other refusals as final', () => {
    expect([500, 502, 503, 408, 429, 400, 401, 403, 409].map(isTransient)).toEqual([true, true, true, true, true, false, false, false, false]);
  });

  /** A sender whose LRS cannot be reached, with three statements queued. */
  async function unreachable() {
    const queue = new StatementQueue(`sender-test-${Math.random()}`);
    const session = { endpoint: 'http://127.0.0.1:9/lrs/', authorization: 'Basic x', actor: { account: { homePage: 'h', name: 'n' } }, activityId: 'https://a.example/au', registration: '6f1b2b5e-6a4b-4d8e-9a43-0f1f2b3c4d5e' };
    await queue.saveSession({ key: 'k', data: session, createdAt: '2026-12-01T10:00:00.000Z' });
    await queue.append([1, 2, 3].map((i) => ({ session: 'k', kind: 'statement' as const, key: `id-${i}`, body: { id: `id-${i}` } })));
    const timers: number[] = [];
    const tried: string[] = [];
    const sender = new OutboxSender(queue, {
      fetch: async (url) => {
        tried.push(String(url));
        throw new TypeError('Failed to fetch');
      },
      setTimeout: (_fn, ms) => timers.push(ms),
      clearTimeout: () => undefined,
    });
    return { queue, timers, tried, sender };
  }

  it('keeps every item queued, in order, while the LRS cannot be reached, and schedules another try', async () => {
    const { queue, timers, tried, sender } = await unreachable();
    await sender.kick();
    await sender.kick();
    expect(tried).toEqual(['http://127.0.0.1:9/lrs/statements', 'http://127.0.0.1:9/lrs/statements']);
    expect(timers).toEqual([1000, 2000]);
    expect((await queue.peek(10)).map((i) => i.key)).toEqual(['id-1', 'id-2', 'id-3']);
    expect(sender.refusedCount).toBe(0);
  });

  it('tries again at once when the browser is back online, starting the backoff afresh', async () => {
    const { timers, tried, sender } = await unreachable();
    await sender.kick();
    await sender.kick();
    await sender.online();
    expect(tried).toHaveLength(3);
    expect(timers).toEqual([1000, 2000, 1000]);
  });
});

describe('statement ids and durations', () => {
  it('gives every statement a fresh version 4 UUID', () => {
    const ids = new Set(Array.from({ length: 50 }, statementId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID4);
  });

  it('makes a version 4 UUID where the page has no randomUUID (an LMS on plain HTTP)', () => {
    const original = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(statementId()).toMatch(UUID4);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('writes ISO 8601 durations to the hundredth of a second', () => {
    expect([0, 45_500, 125_000, 3_600_000, 3_723_456, -5, Number.NaN].map(isoDuration)).toEqual(['PT0S', 'PT45.5S', 'PT2M5S', 'PT1H', 'PT1H2M3.46S', 'PT0S', 'PT0S']);
  });
});
