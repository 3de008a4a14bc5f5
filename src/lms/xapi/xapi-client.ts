/**
 * A small fetch-based xAPI 1.0.3 client: the five calls a cmi5 AU makes (statements, one
 * statement by id, a state document read and written, an agent profile read). The research
 * weighed `@xapi/cmi5` (axios and three more dependencies, about 64 kB packed) against this; the
 * protocol surface is small, and it is tested against the real player and LRS (`npm run test:lms`).
 *
 * No call throws: each answers an `XapiOutcome` code, and the caller decides. What counts as
 * "try again later" (no answer, a timeout, 5xx, 408, 429) is decided here, once, so the queue and
 * the launch treat an unreachable LRS the same way.
 */
import type { Agent, Statement, XapiConnection, XapiOutcome } from './types';

/** Options of one request. */
interface RequestOptions {
  /** Query parameters. */
  query?: Record<string, string>;
  /** JSON body. */
  body?: unknown;
  /** Let the request outlive the page (pagehide). */
  keepalive?: boolean;
}

/** How long one request may take before it counts as unreachable. */
export const REQUEST_TIMEOUT_MS = 15_000;
/** The xAPI version cmi5 uses. */
export const XAPI_VERSION = '1.0.3';

/** True for statuses that mean "try again later". */
export function isTransient(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

export class XapiClient {
  readonly #endpoint: string;
  readonly #authorization: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;

  constructor(conn: XapiConnection, fetchFn: typeof fetch = (...a) => globalThis.fetch(...a), timeoutMs = REQUEST_TIMEOUT_MS) {
    this.#endpoint = conn.endpoint.endsWith('/') ? conn.endpoint : `${conn.endpoint}/`;
    this.#authorization = conn.authorization;
    this.#fetch = fetchFn;
    this.#timeoutMs = timeoutMs;
  }

  /** POST statements, in order, in one request. */
  postStatements(statements: readonly Statement[], keepalive = false): Promise<XapiOutcome> {
    return this.#request('POST', 'statements', { body: statements.length === 1 ? statements[0] : statements, keepalive });
  }

  /** GET one statement by id ('missing' when the LRS does not have it). */
  getStatement(id: string): Promise<XapiOutcome> {
    return this.#request('GET', 'statements', { query: { statementId: id } });
  }

  /** GET a state document. */
  getState(activityId: string, agent: Agent, registration: string, stateId: string): Promise<XapiOutcome> {
    return this.#request('GET', 'activities/state', { query: stateQuery(activityId, agent, registration, stateId) });
  }

  /** PUT a state document (JSON), replacing what was there. */
  putState(activityId: string, agent: Agent, registration: string, stateId: string, doc: unknown, keepalive = false): Promise<XapiOutcome> {
    return this.#request('PUT', 'activities/state', { query: stateQuery(activityId, agent, registration, stateId), body: doc, keepalive });
  }

  /** GET an agent profile document. */
  getAgentProfile(agent: Agent, profileId: string): Promise<XapiOutcome> {
    return this.#request('GET', 'agents/profile', { query: { agent: JSON.stringify(agent), profileId } });
  }

  async #request(method: string, resource: string, o: RequestOptions): Promise<XapiOutcome> {
    const url = `${this.#endpoint}${resource}${o.query ? `?${new URLSearchParams(o.query)}` : ''}`;
    const headers: Record<string, string> = { Authorization: this.#authorization, 'X-Experience-API-Version': XAPI_VERSION };
    if (o.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method,
        headers,
        body: o.body === undefined ? undefined : JSON.stringify(o.body),
        keepalive: o.keepalive,
        cache: 'no-store',
        credentials: 'omit',
        signal: o.keepalive ? undefined : AbortSignal.timeout(this.#timeoutMs),
      });
    } catch {
      return { kind: 'unreachable' };
    }
    return outcomeOf(method, response);
  }
}

function stateQuery(activityId: string, agent: Agent, registration: string, stateId: string): Record<string, string> {
  return { activityId, agent: JSON.stringify(agent), registration, stateId };
}

async function outcomeOf(method: string, response: Response): Promise<XapiOutcome> {
  const text = await response.text().catch(() => '');
  if (response.ok) return { kind: 'ok', status: response.status, body: parseJson(text) };
  if (response.status === 404 && method === 'GET') return { kind: 'missing' };
  if (isTransient(response.status)) return { kind: 'unreachable', status: response.status };
  return { kind: 'refused', status: response.status, text: text.slice(0, 500) };
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
