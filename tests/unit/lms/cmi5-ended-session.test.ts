/**
 * A reload inside an AU: the page was left (pagehide sent `terminated`), and the outbox's own
 * record of the end may not have been written. The end marked in the tab's session storage makes
 * the relaunched page `session-over` (not recorded) instead of playing on in an ended session.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../../src/lms/cmi5/cmi5-launch';
import { markSessionEnded, sessionEndedHere } from '../../../src/lms/cmi5/ended-sessions';
import { StatementQueue } from '../../../src/storage/statement-queue';
import { LAUNCH_DATA, PARAMS } from './cmi5-launch-fixture';

afterEach(() => sessionStorage.clear());

async function queueWithStoredSession() {
  const queue = new StatementQueue(`ended-session-test-${Math.random()}`);
  const { endpoint, actor, activityId, registration } = PARAMS;
  const data = { v: 1, endpoint, authorization: 'Basic dG9rZW4=', actor, activityId, registration, launchData: LAUNCH_DATA, initializedAt: '2026-12-01T10:00:00.000Z' };
  await queue.saveSession({ key: PARAMS.fetch, data, createdAt: data.initializedAt });
  return queue;
}

describe('a cmi5 session ended in this tab', () => {
  it('is not continued when the page is opened again: the launch is session-over, and nothing is asked of the LMS', async () => {
    const queue = await queueWithStoredSession();
    const asked: string[] = [];
    const fetchFn = (async (u: RequestInfo | URL) => (asked.push(String(u)), new Response('', { status: 404 }))) as typeof fetch;
    // Not ended: the stored session is continued (its resume document is asked for).
    expect('problem' in (await connect(PARAMS, queue, fetchFn))).toBe(false);
    expect(asked).toHaveLength(1);
    markSessionEnded(PARAMS.fetch);
    expect(sessionEndedHere(PARAMS.fetch)).toBe(true);
    expect(sessionEndedHere('http://127.0.0.1:3398/fetch-url/other')).toBe(false);
    expect(await connect(PARAMS, queue, fetchFn)).toEqual({ problem: 'session-over' });
    expect(asked).toHaveLength(1);
  });
});
