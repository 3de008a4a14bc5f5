/**
 * Every IRI the app puts in a statement, in one place: the xAPI and cmi5 vocabulary it uses, and
 * its own namespace for what no vocabulary covers. The app's namespace is
 * `https://balint-rehearsal.invalid/xapi/`: the `.invalid` top-level domain can never be
 * registered (RFC 2606), so the IRIs are unique to this app and never resolve to anyone's site.
 * They are documented in the README's cmi5 section, which reporting tools can rely on:
 *
 * | IRI (after the namespace)   | where              | value |
 * |-----------------------------|--------------------|-------|
 * | `extensions/climate`        | `answered` result  | the group's climate after the choice: `{ <variable id>: number }` |
 * | `extensions/evidence`       | `answered` result  | competency evidence of the choice: `{ <competency id>: delta }` (descriptive, never a grade) |
 * | `extensions/module`         | `answered` result  | the module (script) id |
 * | `extensions/script-hash`    | `answered` result  | content hash of the script version played |
 * | `extensions/recorded-at`    | result of a statement carried over | when it happened, for a statement that reached the LMS in a later session (see `carriedOver`) |
 * | `extensions/scene`          | `answered` object definition | the scene id of the decision (its object id is `<AU activity id>/decisions/<scene id>`) |
 * | `state/progress`            | xAPI state         | the resume document (see `cmi5-state.ts`) |
 */

/** The app's own IRI namespace. */
export const APP_NS = 'https://balint-rehearsal.invalid/xapi/';

/** The app's extension IRIs. */
export const APP_EXT = {
  climate: `${APP_NS}extensions/climate`,
  evidence: `${APP_NS}extensions/evidence`,
  module: `${APP_NS}extensions/module`,
  scriptHash: `${APP_NS}extensions/script-hash`,
  scene: `${APP_NS}extensions/scene`,
  recordedAt: `${APP_NS}extensions/recorded-at`,
} as const;

/** The xAPI state document that holds the learner's place (stateId). */
export const PROGRESS_STATE_ID = `${APP_NS}state/progress`;

/** ADL verbs the app sends. */
export const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

/** A verb the app sends, by name. */
export type VerbName = keyof typeof VERB;

/** The activity type of a decision (xAPI's interaction type, as cmi5 and SCORM tools read it). */
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** cmi5's IRIs. */
export const CMI5 = {
  /** Category of every cmi5 defined statement. */
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  /** Category of a statement that carries completion or success. */
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  /** The session id context extension. */
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  /** The progress result extension (0–100). */
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
  /** The LMS's state document read at launch. */
  launchDataStateId: 'LMS.LaunchData',
  /** The learner preferences agent profile. */
  preferencesProfileId: 'cmi5LearnerPreferences',
} as const;
