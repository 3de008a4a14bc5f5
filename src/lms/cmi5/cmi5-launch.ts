/**
 * The AU's side of a cmi5 launch (cmi5 sections 8–11), before any statement: POST the fetch URL
 * once for the session's auth token, read `LMS.LaunchData` (its context template is then used
 * unchanged), read the learner preferences agent profile (the LMS requires it before statements)
 * and the AU's own resume document. The session is stored with the outbox (keyed by its fetch
 * URL). A session that has ended (`terminated`, sent on pagehide, which a reload also fires) is
 * not continued: that launch is `session-over`, and the learner is told it is not recorded.
 *
 * Every answer is checked; any failure is a code (`LaunchProblem`), never an exception: the
 * package then plays with local progress, as a SCORM package does without an LMS.
 */
import * as v from 'valibot';
import type { StatementQueue } from '../../storage/statement-queue';
import { CMI5, PROGRESS_STATE_ID } from '../xapi/iris';
import { XapiClient } from '../xapi/xapi-client';
import { sessionEndedHere } from './ended-sessions';
import { readLaunchData, readPreferences } from './launch-params';
import { readProgressDoc } from './progress-doc';
import type { Cmi5Connection, Cmi5Session, LaunchParams, LaunchProblem, LearnerPreferences } from './types';

/** How long each launch request may take (the learner waits for these, once, at launch). */
export const LAUNCH_TIMEOUT_MS = 8000;

const SessionSchema = v.looseObject({
  v: v.literal(1),
  endpoint: v.string(),
  authorization: v.string(),
  actor: v.looseObject({}),
  activityId: v.string(),
  registration: v.string(),
  launchData: v.looseObject({ contextTemplate: v.looseObject({}), launchMode: v.picklist(['Normal', 'Browse', 'Review']) }),
  initializedAt: v.string(),
  terminated: v.optional(v.literal(true)),
});

/** A stored session's data, if it is one. */
export function readSession(data: unknown): Cmi5Session | undefined {
  const r = v.safeParse(SessionSchema, data);
  return r.success ? (r.output as unknown as Cmi5Session) : undefined;
}

/** POST the fetch URL (once) and return the auth token, or undefined. */
export async function fetchToken(url: string, fetchFn: typeof fetch): Promise<string | undefined> {
  try {
    const r = await fetchFn(url, { method: 'POST', cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(LAUNCH_TIMEOUT_MS) });
    if (!r.ok) return undefined;
    const body: unknown = await r.json();
    const token = (body as Record<string, unknown> | null)?.['auth-token'];
    return typeof token === 'string' && token.length > 0 && token.length < 4096 ? token : undefined;
  } catch {
    return undefined;
  }
}

/** Connect a launch: reuse its stored session, or make one (token, launch data, preferences). */
export async function connect(params: LaunchParams, queue: StatementQueue, fetchFn: typeof fetch, now = new Date()): Promise<Cmi5Connection | { problem: LaunchProblem }> {
  const key = params.fetch;
  const stored = readSession((await queue.getSession(key))?.data);
  let session: Cmi5Session;
  let preferences: LearnerPreferences = {};
  if (stored) {
    if (stored.terminated || sessionEndedHere(key)) return { problem: 'session-over' };
    session = stored;
  } else {
    const token = await fetchToken(params.fetch, fetchFn);
    if (!token) return { problem: 'no-token' };
    const client = new XapiClient({ endpoint: params.endpoint, authorization: `Basic ${token}` }, fetchFn, LAUNCH_TIMEOUT_MS);
    const ld = await client.getState(params.activityId, params.actor, params.registration, CMI5.launchDataStateId);
    const launchData = ld.kind === 'ok' ? readLaunchData(ld.body) : undefined;
    if (!launchData) return { problem: 'no-launch-data' };
    const prefs = await client.getAgentProfile(params.actor, CMI5.preferencesProfileId);
    if (prefs.kind !== 'ok' && prefs.kind !== 'missing') return { problem: 'no-preferences' };
    preferences = prefs.kind === 'ok' ? readPreferences(prefs.body) : {};
    session = { v: 1, endpoint: params.endpoint, authorization: `Basic ${token}`, actor: params.actor, activityId: params.activityId, registration: params.registration, launchData, initializedAt: '' };
    await queue.saveSession({ key, data: session, createdAt: now.toISOString() });
  }
  const client = new XapiClient(session, fetchFn, LAUNCH_TIMEOUT_MS);
  const doc = await client.getState(session.activityId, session.actor, session.registration, PROGRESS_STATE_ID);
  const progress = doc.kind === 'ok' ? (readProgressDoc(doc.body) ?? 'none') : doc.kind === 'missing' ? 'none' : 'unknown';
  return { session, key, client: new XapiClient(session, fetchFn), preferences, progress };
}
