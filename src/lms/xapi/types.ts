/**
 * Types of the xAPI side: the part of xAPI 1.0.3 this app writes and reads (cmi5 still references
 * 1.0.3), statements with their actor, verb, object, result and context as plain JSON types (only
 * what the app uses; every statement built from them is validated in the unit tests with
 * `@learninglocker/xapi-validation`), and what talking to an LRS comes to.
 */

/** A language map: language tag → text. */
export type LanguageMap = Record<string, string>;

/** Extensions: IRI → any JSON value. */
export type Extensions = Record<string, unknown>;

/** An agent identified by an account, as a cmi5 LMS names the learner. */
export interface Agent {
  /** Always 'Agent' (cmi5 defined statements require it; absent means Agent too). */
  objectType?: 'Agent';
  /** Display name, if the LMS gives one. */
  name?: string;
  /** The learner's account on the LMS. */
  account?: { homePage: string; name: string };
  /** Other inverse functional identifiers an LMS may use instead of an account. */
  mbox?: string;
  /** SHA-1 of a mailto IRI. */
  mbox_sha1sum?: string;
  /** OpenID URI. */
  openid?: string;
}

/** A verb: IRI and display text. */
export interface Verb {
  /** The verb's IRI. */
  id: string;
  /** What it reads as. */
  display: LanguageMap;
}

/** One offered answer of a choice interaction. */
export interface InteractionComponent {
  /** The answer's id (the script's choice id). */
  id: string;
  /** What the answer says. */
  description: LanguageMap;
}

/** An activity's definition. */
export interface ActivityDefinition {
  /** Activity type IRI. */
  type?: string;
  /** Short name. */
  name?: LanguageMap;
  /** Longer description. */
  description?: LanguageMap;
  /** 'choice' for a decision (with `type` cmi.interaction). */
  interactionType?: 'choice';
  /** The answers on offer. */
  choices?: InteractionComponent[];
  /** Activity extensions. */
  extensions?: Extensions;
}

/** An activity (every object this app sends is one). */
export interface Activity {
  /** Always 'Activity'. */
  objectType: 'Activity';
  /** The activity's IRI. */
  id: string;
  /** Its definition, when there is more to say than the id. */
  definition?: ActivityDefinition;
}

/** A score (sent only with a participation score the instructor chose). */
export interface Score {
  /** raw / max, 0–1. */
  scaled: number;
  /** Points. */
  raw: number;
  /** Lowest possible points. */
  min: number;
  /** Highest possible points. */
  max: number;
}

/** What a statement says about its outcome. */
export interface Result {
  /** The learner's response: for a choice, the chosen answer's id. */
  response?: string;
  /** true only in a cmi5 `completed` statement. */
  completion?: true;
  /** ISO 8601 duration. */
  duration?: string;
  /** A participation score (never a grade). */
  score?: Score;
  /** Result extensions (progress; the app's climate and evidence). */
  extensions?: Extensions;
}

/** Context activities, by kind. */
export interface ContextActivities {
  /** Parent activities. */
  parent?: { id: string; objectType?: 'Activity' }[];
  /** Grouping activities (cmi5: the AU's publisher id). */
  grouping?: { id: string; objectType?: 'Activity' }[];
  /** Category activities (cmi5: the cmi5 and moveon categories). */
  category?: { id: string; objectType?: 'Activity' }[];
  /** Other activities. */
  other?: { id: string; objectType?: 'Activity' }[];
}

/** A statement's context. */
export interface Context {
  /** The course registration. */
  registration?: string;
  /** Context activities. */
  contextActivities?: ContextActivities;
  /** Context extensions (cmi5: the session id). */
  extensions?: Extensions;
  /** Any other context property the LMS's template carries (kept as it is). */
  [key: string]: unknown;
}

/** A statement as this app sends it: id and timestamp are always set by the app. */
export interface Statement {
  /** UUID chosen by the app, so a statement sent twice is stored once. */
  id: string;
  /** When it happened (UTC, ISO 8601). */
  timestamp: string;
  /** The learner. */
  actor: Agent;
  /** What happened. */
  verb: Verb;
  /** What it happened to. */
  object: Activity;
  /** Its outcome, if any. */
  result?: Result;
  /** The context (the LMS's template, kept as it is, plus what the app adds). */
  context: Context;
}

/** What a call came to. */
export type XapiOutcome =
  /** 2xx, with the parsed JSON body (or null when there is none). */
  | { kind: 'ok'; status: number; body: unknown }
  /** 404 on a read: there is no such document or statement. */
  | { kind: 'missing' }
  /** No answer (offline, refused connection, timeout) or an answer that says "later" (5xx, 408, 429). */
  | { kind: 'unreachable'; status?: number }
  /** Any other answer: the request as it is will never be accepted. */
  | { kind: 'refused'; status: number; text: string };

/** Where and as whom to talk to an LRS. */
export interface XapiConnection {
  /** The endpoint (with or without the trailing slash). */
  endpoint: string;
  /** The Authorization header's value (cmi5: `Basic <auth-token>`). */
  authorization: string;
}

/** What the sender needs to know about a session to deliver its items. */
export interface DeliveryTarget {
  /** The LMS's xAPI endpoint. */
  endpoint: string;
  /** The Authorization header value for this session. */
  authorization: string;
  /** The learner (state documents are theirs). */
  actor: Agent;
  /** The AU's activity id (state documents belong to it). */
  activityId: string;
  /** The registration (state documents are per registration). */
  registration: string;
}
