/**
 * The statements a Balint Rehearsal AU sends, built as plain data from the launch and the script
 * (every shape is validated with `@learninglocker/xapi-validation` in the unit tests, and the
 * cmi5 rules are checked by the CATAPULT player in `npm run test:lms`):
 *
 * | verb          | kind          | when                                   | carries |
 * |---------------|---------------|----------------------------------------|---------|
 * | `initialized` | cmi5 defined  | first, once per session                 | — |
 * | `answered`    | cmi5 allowed  | each choice                            | the decision (cmi.interaction, `choice`, the offered choices), `result.response`, climate and evidence extensions, the latency as `duration` |
 * | `progressed`  | cmi5 allowed  | after a choice that does not end it     | cmi5 progress extension (0–99), never after `completed` |
 * | `completed`   | cmi5 defined  | at an ending, once per registration     | `completion: true`, moveOn category, time spent as `duration` |
 * | `scored`      | cmi5 allowed  | only with a participation score        | 50 at an ending, 100 once a reflection is saved (min 0, max 100) |
 * | `terminated`  | cmi5 defined  | last, on leaving (pagehide)            | session time as `duration` |
 *
 * Every statement's context is the LMS's `contextTemplate`, copied unchanged, plus the
 * registration and, where cmi5 requires them, categories appended to it. cmi5 defined
 * statements carry the cmi5 category; allowed ones never do. No statement carries success,
 * passed or failed, and a score only ever measures taking part (cmi5 forbids a score on
 * `completed`, so a participation score travels in its own `scored` statement).
 */
import { isoDuration } from '../xapi/iso-duration';
import { APP_EXT, CMI5, INTERACTION_TYPE, VERB, type VerbName } from '../xapi/iris';
import { statementId } from '../xapi/statement-id';
import type { Activity, Context, Statement } from '../xapi/types';
import type { AnswerFacts, StatementLaunch } from './types';

/** Language of the app's text. */
const LANG = 'en';
/** Longest text put into a statement (a decision's prompt or a choice). */
const MAX_TEXT = 1000;

function verb(name: VerbName) {
  return { id: VERB[name], display: { [LANG]: name } };
}

/** The AU itself as an object (cmi5 defined statements must use the launch's activity id). */
function au(launch: StatementLaunch): Activity {
  return { objectType: 'Activity', id: launch.activityId };
}

/**
 * The context: the template, deep-copied and never overwritten, with the registration and the
 * given categories and parents added to what it already lists.
 */
export function contextFor(launch: StatementLaunch, add: { categories?: readonly string[]; parent?: string } = {}): Context {
  const c = structuredClone(launch.contextTemplate) as Context;
  c.registration ??= launch.registration;
  const activities = { ...(c.contextActivities ?? {}) };
  if (add.categories?.length) activities.category = [...(activities.category ?? []), ...add.categories.map((id) => ({ id, objectType: 'Activity' as const }))];
  if (add.parent) activities.parent = [...(activities.parent ?? []), { id: add.parent, objectType: 'Activity' }];
  if (Object.keys(activities).length) c.contextActivities = activities;
  return c;
}

function base(launch: StatementLaunch, name: VerbName, at: string, object: Activity, context: Context): Statement {
  return { id: statementId(), timestamp: at, actor: launch.actor, verb: verb(name), object, context };
}

/** `initialized`: the first statement of a session. */
export function initializedStatement(launch: StatementLaunch, at: string): Statement {
  return base(launch, 'initialized', at, au(launch), contextFor(launch, { categories: [CMI5.category] }));
}

/** `terminated`: the last statement of a session, with its length. */
export function terminatedStatement(launch: StatementLaunch, at: string, sessionMs: number): Statement {
  return { ...base(launch, 'terminated', at, au(launch), contextFor(launch, { categories: [CMI5.category] })), result: { duration: isoDuration(sessionMs) } };
}

/** `completed`: an ending was reached (once per registration), with the time it took. */
export function completedStatement(launch: StatementLaunch, at: string, activeMs: number): Statement {
  return {
    ...base(launch, 'completed', at, au(launch), contextFor(launch, { categories: [CMI5.category, CMI5.moveOn] })),
    result: { completion: true, duration: isoDuration(activeMs) },
  };
}

/** `progressed`: how far through the module the learner is (0–99; 100 is `completed`). */
export function progressedStatement(launch: StatementLaunch, at: string, progress: number): Statement {
  const p = Math.max(0, Math.min(99, Math.round(progress)));
  return { ...base(launch, 'progressed', at, au(launch), contextFor(launch)), result: { extensions: { [CMI5.progress]: p } } };
}

/** `scored`: a participation score (only when the instructor chose one): points of 100. */
export function scoredStatement(launch: StatementLaunch, at: string, points: number): Statement {
  const raw = Math.max(0, Math.min(100, Math.round(points)));
  return { ...base(launch, 'scored', at, au(launch), contextFor(launch)), result: { score: { scaled: raw / 100, raw, min: 0, max: 100 } } };
}

/** The activity id of a decision: the AU's id, then `/decisions/<scene id>`. */
export function decisionId(activityId: string, sceneId: string): string {
  return `${activityId.replace(/\/+$/, '')}/decisions/${encodeURIComponent(sceneId)}`;
}

/** `answered`: one choice at one decision, with what it did in the group (never right or wrong). */
export function answeredStatement(launch: StatementLaunch, f: AnswerFacts): Statement {
  const prompt = [...f.scene.lines].reverse().find((l) => !l.debriefOnly && l.text.trim())?.text;
  const object: Activity = {
    objectType: 'Activity',
    id: decisionId(launch.activityId, f.scene.id),
    definition: {
      type: INTERACTION_TYPE,
      name: { [LANG]: clip(f.script.title) },
      ...(prompt ? { description: { [LANG]: clip(prompt) } } : {}),
      interactionType: 'choice',
      choices: f.offered.map((c) => ({ id: c.id, description: { [LANG]: clip(c.text) } })),
      extensions: { [APP_EXT.scene]: f.scene.id },
    },
  };
  const extensions: Record<string, unknown> = {
    [APP_EXT.module]: f.script.id,
    [APP_EXT.scriptHash]: f.script.hash,
    [APP_EXT.evidence]: Object.fromEntries(f.choice.evidence.map((e) => [e.competency, e.delta])),
  };
  if (f.climate) extensions[APP_EXT.climate] = { ...f.climate };
  return {
    ...base(launch, 'answered', f.at, object, contextFor(launch, { parent: launch.activityId })),
    result: { response: f.choice.id, ...(f.latencyMs !== undefined ? { duration: isoDuration(f.latencyMs) } : {}), extensions },
  };
}

/** How each statement that may be carried over into a later session gets its context there. */
const CARRIED: Partial<Record<string, (launch: StatementLaunch) => Context>> = {
  [VERB.answered]: (launch) => contextFor(launch, { parent: launch.activityId }),
  [VERB.completed]: (launch) => contextFor(launch, { categories: [CMI5.category, CMI5.moveOn] }),
  [VERB.scored]: (launch) => contextFor(launch),
};

/**
 * A statement of an earlier session of this registration that never reached the LMS (the learner
 * left while it was unreachable, and the LMS has since closed that session), rebuilt for this
 * session so it is not lost: the same id and content, this session's context, `at` as its time
 * (cmi5 orders a session by timestamp, after `initialized`) and its own time in the
 * `recorded-at` result extension. Undefined for what only means something in its own session
 * (initialized, progressed, terminated) and for another learner, registration or AU.
 */
export function carriedOver(launch: StatementLaunch, s: Statement, at: string): Statement | undefined {
  const context = CARRIED[s.verb.id];
  const sameAu = s.object.id === launch.activityId || s.object.id.startsWith(`${launch.activityId.replace(/\/+$/, '')}/`);
  if (!context || !sameAu || s.context.registration !== launch.registration || JSON.stringify(s.actor) !== JSON.stringify(launch.actor)) return undefined;
  return { ...s, timestamp: at, context: context(launch), result: { ...s.result, extensions: { ...s.result?.extensions, [APP_EXT.recordedAt]: s.timestamp } } };
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}
