/**
 * The LMS test bed (`../shared/lms-testbed`, or `$LMS_TESTBED`) as the LMS suite uses it: where it
 * is, its env file, the CATAPULT player's API (tenant, course import, launch URLs, registrations),
 * the LRS's stored statements and state, and stopping and starting the LRS alone. Everything here
 * talks to the real servers; nothing is mocked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The test bed folder, if there is one (`$LMS_TESTBED`, else `../shared/lms-testbed` beside the project). */
export function findTestbed(root: string): { dir: string; found: boolean } {
  const dir = resolve(root, process.env.LMS_TESTBED || '../shared/lms-testbed');
  return { dir, found: existsSync(resolve(dir, 'start.sh')) };
}

/** The `export K='v'` lines of the env file start.sh writes. */
export function readEnvFile(path: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => /^(?:export\s+)?([A-Z0-9_]+)='(.*)'$/.exec(l))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => [m[1]!, m[2]!]),
  );
}

/** A variable the suite needs (run through `npm run test:lms`, which sets them). */
export function env(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the LMS suite with npm run test:lms`);
  return v;
}

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;

async function call(method: string, url: string, o: { auth: string; json?: unknown; body?: Uint8Array; type?: string }): Promise<unknown> {
  const headers: Record<string, string> = { Authorization: o.auth };
  let body: BodyInit | undefined;
  if (o.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(o.json);
  } else if (o.body) {
    headers['Content-Type'] = o.type ?? 'application/octet-stream';
    body = o.body as Uint8Array<ArrayBuffer>;
  }
  if (url.startsWith(env('LMS_TESTBED_LRS_ENDPOINT'))) headers['X-Experience-API-Version'] = '1.0.3';
  const send = () => fetch(url, { method, headers, body, signal: AbortSignal.timeout(30_000) });
  // Connections kept alive to the LRS from before it was restarted fail once each ("other side
  // closed"): a read is simply asked again, on a fresh connection.
  let r: Response | undefined;
  for (let tries = 1; !r; tries++)
    r = await send().catch((e: unknown) => {
      if (method !== 'GET' || tries >= 5) throw new Error(`${method} ${url}: ${(e as Error).message}`, { cause: e });
      return undefined;
    });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${url} -> HTTP ${r.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/** The learner the player launches as. */
export interface Actor {
  objectType: 'Agent';
  name: string;
  account: { homePage: string; name: string };
}

/** A learner with a fresh account name. */
export function newActor(label: string): Actor {
  return { objectType: 'Agent', name: label, account: { homePage: env('LMS_TESTBED_PLAYER_URL'), name: `${label.toLowerCase().replace(/\W+/g, '-')}-${crypto.randomUUID()}` } };
}

/** The CATAPULT player's API for one new tenant. */
export class Player {
  readonly #bearer: string;
  private constructor(bearer: string) {
    this.#bearer = bearer;
  }

  /** A new tenant and its API token. */
  static async tenant(): Promise<Player> {
    const url = env('LMS_TESTBED_PLAYER_URL');
    const apiAuth = basic(env('LMS_TESTBED_PLAYER_API_KEY'), env('LMS_TESTBED_PLAYER_API_SECRET'));
    const tenant = (await call('POST', `${url}/api/v1/tenant`, { auth: apiAuth, json: { code: `balint-lms-suite-${crypto.randomUUID()}` } })) as { id: number };
    const { token } = (await call('POST', `${url}/api/v1/auth`, { auth: apiAuth, json: { tenantId: tenant.id, audience: 'balint-lms-suite' } })) as { token: string };
    return new Player(`Bearer ${token}`);
  }

  /** Import a cmi5 zip; returns the course id. */
  async importCourse(zip: Uint8Array): Promise<number> {
    const course = (await call('POST', `${env('LMS_TESTBED_PLAYER_URL')}/api/v1/course`, { auth: this.#bearer, body: zip, type: 'application/zip' })) as { id: number };
    return course.id;
  }

  /** A launch URL for AU `auIndex` (same `reg` relaunches the same registration). */
  async launchUrl(courseId: number, auIndex: number, payload: { actor: Actor; reg?: string; returnUrl?: string; masteryScore?: number; launchMode?: string; contextTemplateAdditions?: unknown }): Promise<{ url: string; registration: string }> {
    const r = (await call('POST', `${env('LMS_TESTBED_PLAYER_URL')}/api/v1/course/${courseId}/launch-url/${auIndex}`, { auth: this.#bearer, json: payload })) as { url: string };
    return { url: r.url, registration: new URL(r.url).searchParams.get('registration')! };
  }

  /** The player's record of a registration. */
  async registration(code: string): Promise<{ aus: { isCompleted?: unknown; isSatisfied?: unknown; hasBeenAttempted?: unknown }[]; metadata: { moveOn?: { satisfied?: boolean } } }> {
    return (await call('GET', `${env('LMS_TESTBED_PLAYER_URL')}/api/v1/registration/${code}`, { auth: this.#bearer })) as never;
  }
}

const lrsAuth = () => basic(env('LMS_TESTBED_LRS_KEY'), env('LMS_TESTBED_LRS_SECRET'));

/** A statement as the LRS returns it (what the checks read). */
export interface StoredStatement {
  id: string;
  timestamp: string;
  stored: string;
  verb: { id: string };
  object: { id: string; definition?: { interactionType?: string; choices?: { id: string }[] } };
  result?: { response?: string; completion?: boolean; success?: boolean; score?: unknown; duration?: string; extensions?: Record<string, unknown> };
  context?: { registration?: string; contextActivities?: Record<string, { id: string }[]>; extensions?: Record<string, unknown> };
}

/** Every statement the LRS stored for a registration, in the order it stored them. */
export async function storedStatements(registration: string): Promise<StoredStatement[]> {
  const base = env('LMS_TESTBED_LRS_ENDPOINT');
  const out: StoredStatement[] = [];
  let next: string | undefined = `${base}statements?${new URLSearchParams({ registration, ascending: 'true', limit: '200' })}`;
  while (next) {
    const page = (await call('GET', next, { auth: lrsAuth() })) as { statements: StoredStatement[]; more?: string };
    out.push(...page.statements);
    next = page.more ? new URL(page.more, base).href : undefined;
  }
  return out;
}

/** A state document from the LRS (undefined when there is none). */
export async function storedState(activityId: string, actor: Actor, registration: string, stateId: string): Promise<unknown> {
  const q = new URLSearchParams({ activityId, agent: JSON.stringify(actor), registration, stateId });
  try {
    return await call('GET', `${env('LMS_TESTBED_LRS_ENDPOINT')}activities/state?${q}`, { auth: lrsAuth() });
  } catch (e) {
    if (/HTTP 404/.test(String(e))) return undefined;
    throw e;
  }
}

/** The LRS's process id, as start.sh recorded it (checked against its command line). */
function lrsPid(): number {
  const line = readFileSync(env('LMS_TESTBED_PIDS'), 'utf8').split('\n').find((l) => l.startsWith('lrs '));
  const [, pid, marker] = line?.split(' ') ?? [];
  if (!pid || !marker || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').includes(marker)) throw new Error('the LRS process recorded by start.sh is not running');
  return Number(pid);
}

/** True while the LRS answers. */
export async function lrsUp(): Promise<boolean> {
  try {
    return (await fetch(`${env('LMS_TESTBED_LRS_ENDPOINT')}about`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** Stop the LRS only (its recorded PID), and wait until it no longer answers. */
export async function stopLrs(): Promise<void> {
  process.kill(lrsPid(), 'SIGTERM');
  for (let i = 0; i < 100 && (await lrsUp()); i++) await new Promise((r) => setTimeout(r, 100));
  if (await lrsUp()) throw new Error('the LRS did not stop');
}

/** Start what is not running (start.sh leaves running servers alone: here, only the LRS starts). */
export function startTestbed(dir: string): string {
  return execFileSync('bash', [resolve(dir, 'start.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}
