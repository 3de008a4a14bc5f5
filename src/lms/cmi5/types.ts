/**
 * Types of the cmi5 side of a package: what the LMS hands the AU at launch, what the AU keeps
 * about its session, and the resume document it stores in the LRS.
 */
import type { Choice, Scene, Script } from '../../script/types';
import type { Agent, Context } from '../xapi/types';
import type { XapiClient } from '../xapi/xapi-client';

/** The five launch parameters a cmi5 LMS appends to the AU's URL (cmi5 section 8.1). */
export interface LaunchParams {
  /** The LMS's xAPI endpoint. */
  endpoint: string;
  /** The one-time URL to POST for the session's auth token. */
  fetch: string;
  /** The learner, as the LMS names them. */
  actor: Agent;
  /** The course registration. */
  registration: string;
  /** The AU's activity id in this LMS (the object of every cmi5 defined statement). */
  activityId: string;
}

/** How the LMS launched the AU. Browse and Review record no completion (cmi5 section 10). */
export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** The `LMS.LaunchData` state document, as far as the AU uses it. */
export interface LaunchData {
  /** The context every statement starts from, kept as it is (session id, publisher id…). */
  contextTemplate: Context;
  /** Normal, Browse or Review. */
  launchMode: LaunchMode;
  /** Where to send the learner when they leave the AU, if the LMS wants that. */
  returnURL?: string;
  /** The LMS's moveOn for the AU (the package asks for "Completed"). */
  moveOn?: string;
  /**
   * The LMS's mastery score (0–1), if it set one. cmi5 uses it only to judge passed or failed,
   * which this AU never sends, so it is read and not used: no choice is ever graded.
   */
  masteryScore?: number;
  /** Launch parameters from the course structure (the package defines none). */
  launchParameters?: string;
}

/** The learner's preferences agent profile (`cmi5LearnerPreferences`), if the LMS keeps one. */
export interface LearnerPreferences {
  /** Comma-separated language tags, most preferred first. */
  languagePreference?: string;
  /** 'on' or 'off'. */
  audioPreference?: 'on' | 'off';
}

/** What the AU keeps about its launch session (stored with the outbox, so the launch is known again, and known to have ended). */
export interface Cmi5Session {
  /** Record shape version. */
  v: 1;
  /** The LMS's xAPI endpoint. */
  endpoint: string;
  /** `Basic <auth-token>`: the token the fetch URL gave, valid for this session only. */
  authorization: string;
  /** The learner. */
  actor: Agent;
  /** The AU's activity id in this LMS. */
  activityId: string;
  /** The course registration. */
  registration: string;
  /** The LMS's launch data. */
  launchData: LaunchData;
  /** ISO time `initialized` was queued: set once, so a reload does not initialize twice. */
  initializedAt: string;
  /** True once `terminated` was queued: the session is over, and nothing more is sent in it. */
  terminated?: true;
}

/** Version of the resume document. */
export const PROGRESS_DOC_VERSION = 1;

/** The AU's resume document in the LRS (xAPI state, per learner, AU and registration). */
export interface ProgressDoc {
  /** Format name, so a document of another AU is never mistaken for this one. */
  format: 'balint-rehearsal-cmi5-progress';
  /** Version (`PROGRESS_DOC_VERSION`). */
  v: typeof PROGRESS_DOC_VERSION;
  /** The choice log in the SCORM suspend format (`br1~module~hash~steps`), or '' before the first step. */
  suspend: string;
  /** True once `completed` was sent in this registration (cmi5 allows it once). */
  completed: boolean;
  /** Participation points the LMS has been told (0 without a participation score). */
  points: number;
}

/** What every statement of a session is built from. */
export type StatementLaunch = Pick<LaunchParams, 'actor' | 'activityId' | 'registration'> & Pick<LaunchData, 'contextTemplate'>;

/** What an `answered` statement is about. */
export interface AnswerFacts {
  /** The script played. */
  script: Script;
  /** The scene of the decision. */
  scene: Scene;
  /** The choice taken. */
  choice: Choice;
  /** The choices that were on offer (in the order shown). */
  offered: readonly Choice[];
  /** The climate after the choice, when known. */
  climate?: Record<string, number>;
  /** When it was chosen (ISO). */
  at: string;
  /** Milliseconds from the choices being shown to the choice, when known. */
  latencyMs?: number;
}

/** Why a page's query is not a valid cmi5 launch (a code for the log, never shown to a person). */
export type LaunchParamsProblem =
  /** Some of the five parameters are absent or empty; `params` names them, in the spec's order. */
  | { code: 'missing'; params: (keyof LaunchParams)[] }
  /** The `actor` parameter is not JSON. */
  | { code: 'actor-not-json' }
  /** A parameter fails its check; `param` is its path (`actor.mbox`, `endpoint`). */
  | { code: 'malformed'; param: string };

/** Why a launch could not connect. */
export type LaunchProblem =
  /** The fetch URL gave no token (unreachable, or an error such as "already used"). */
  | 'no-token'
  /** `LMS.LaunchData` could not be read or is not valid. */
  | 'no-launch-data'
  /** The learner preferences could not be read (the LMS refuses statements before that). */
  | 'no-preferences'
  /** This launch's session already ended (a reload after leaving): relaunch from the LMS. */
  | 'session-over';

/** A connected launch. */
export interface Cmi5Connection {
  /** The session (stored). */
  session: Cmi5Session;
  /** Its key in the outbox (the fetch URL). */
  key: string;
  /** A client for this session. */
  client: XapiClient;
  /** The learner's preferences (read, as cmi5 requires; the app's text is in English only). */
  preferences: LearnerPreferences;
  /** The resume document: a document, 'none' when the LRS has none, 'unknown' when it could not be read. */
  progress: ProgressDoc | 'none' | 'unknown';
}
