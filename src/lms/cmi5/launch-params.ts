/**
 * Reading a cmi5 launch: the five query parameters the LMS appends to the AU's URL (cmi5 section
 * 8.1) and the `LMS.LaunchData` document it stores before the launch (section 10). Both come from
 * outside, so both are checked here, once, and anything else is "not a cmi5 launch" (the package
 * then plays with local progress, as a SCORM package does without an LMS).
 */
import * as v from 'valibot';
import type { LaunchData, LaunchParams, LaunchParamsProblem, LearnerPreferences } from './types';

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.check((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'not-http-url'),
);
const AgentSchema = v.pipe(
  v.looseObject({
    objectType: v.optional(v.literal('Agent')),
    name: v.optional(v.pipe(v.string(), v.maxLength(500))),
    account: v.optional(v.strictObject({ homePage: v.pipe(v.string(), v.maxLength(2000)), name: v.pipe(v.string(), v.minLength(1), v.maxLength(500)) })),
    mbox: v.optional(v.pipe(v.string(), v.startsWith('mailto:'), v.maxLength(500))),
    mbox_sha1sum: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/i))),
    openid: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  }),
  v.check((a) => [a.account, a.mbox, a.mbox_sha1sum, a.openid].filter((x) => x !== undefined).length === 1, 'agent-identifier-count'),
);
const ParamsSchema = v.strictObject({
  endpoint: httpUrl,
  fetch: httpUrl,
  actor: AgentSchema,
  registration: v.pipe(v.string(), v.uuid()),
  activityId: v.pipe(v.string(), v.minLength(1), v.maxLength(2000), v.check((s) => URL.canParse(s), 'not-iri')),
});

/** The parameters' names, in the spec's order. */
export const LAUNCH_PARAM_NAMES = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** What a page's query says about a cmi5 launch. */
export type LaunchParamsResult =
  /** No cmi5 parameter at all: not launched by a cmi5 LMS. */
  | { kind: 'none' }
  /** All five, valid. */
  | { kind: 'launch'; params: LaunchParams }
  /** Some, or invalid ones: a code for the log, never shown to a person. */
  | { kind: 'invalid'; problem: LaunchParamsProblem };

/** The launch parameters in a query string (`location.search`). */
export function readLaunchParams(search: string): LaunchParamsResult {
  const q = new URLSearchParams(search);
  if (!LAUNCH_PARAM_NAMES.some((n) => q.has(n))) return { kind: 'none' };
  const missing = LAUNCH_PARAM_NAMES.filter((n) => !q.get(n));
  if (missing.length) return { kind: 'invalid', problem: { code: 'missing', params: missing } };
  let actor: unknown;
  try {
    actor = JSON.parse(q.get('actor')!);
  } catch {
    return { kind: 'invalid', problem: { code: 'actor-not-json' } };
  }
  const r = v.safeParse(ParamsSchema, { endpoint: q.get('endpoint'), fetch: q.get('fetch'), actor, registration: q.get('registration'), activityId: q.get('activityId') });
  if (!r.success) return { kind: 'invalid', problem: { code: 'malformed', param: r.issues[0]!.path?.map((p) => String(p.key)).join('.') ?? '' } };
  return { kind: 'launch', params: r.output as LaunchParams };
}

const LaunchDataSchema = v.looseObject({
  contextTemplate: v.looseObject({
    contextActivities: v.optional(v.looseObject({})),
    extensions: v.optional(v.looseObject({})),
  }),
  launchMode: v.picklist(['Normal', 'Browse', 'Review']),
  // LMSs write absent values as null as well as leaving them out (CATAPULT does both).
  returnURL: v.nullish(v.pipe(v.string(), v.maxLength(4000))),
  moveOn: v.nullish(v.string()),
  masteryScore: v.nullish(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  launchParameters: v.nullish(v.string()),
});

/** The launch data in a parsed `LMS.LaunchData` document, or undefined when it is not one. */
export function readLaunchData(doc: unknown): LaunchData | undefined {
  const r = v.safeParse(LaunchDataSchema, doc);
  if (!r.success) return undefined;
  const { contextTemplate, launchMode, returnURL, moveOn, masteryScore, launchParameters } = r.output;
  return {
    contextTemplate: contextTemplate as LaunchData['contextTemplate'],
    launchMode,
    ...(returnURL ? { returnURL } : {}),
    ...(moveOn != null ? { moveOn } : {}),
    ...(masteryScore != null ? { masteryScore } : {}),
    ...(launchParameters != null ? { launchParameters } : {}),
  };
}

/** The learner preferences in a parsed agent profile (an empty object when there are none). */
export function readPreferences(doc: unknown): LearnerPreferences {
  const r = v.safeParse(
    v.looseObject({ languagePreference: v.optional(v.pipe(v.string(), v.regex(/^[-A-Za-z0-9]+(,[-A-Za-z0-9]+)*$/))), audioPreference: v.optional(v.picklist(['on', 'off'])) }),
    doc,
  );
  if (!r.success) return {};
  const { languagePreference, audioPreference } = r.output;
  return { ...(languagePreference ? { languagePreference } : {}), ...(audioPreference ? { audioPreference } : {}) };
}

/** True when a launch mode records completion (Normal); Browse and Review record none. */
export function tracksCompletion(mode: LaunchData['launchMode']): boolean {
  return mode === 'Normal';
}

/** The returnURL, when it is a web address the page may go to (http or https only). */
export function safeReturnUrl(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
