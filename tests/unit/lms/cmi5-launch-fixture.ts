/**
 * One cmi5 launch as the CATAPULT player makes it, for the cmi5 unit tests: the launch
 * parameters and an `LMS.LaunchData` whose context template carries more than cmi5 requires (an
 * extra grouping, an `other` activity, an extension), so "kept unchanged" is tested on something
 * to keep.
 */
import type { LaunchData, LaunchParams, StatementLaunch } from '../../../src/lms/cmi5/types';

/** The learner. */
export const ACTOR = { objectType: 'Agent' as const, name: 'Test Learner', account: { homePage: 'http://127.0.0.1:3398', name: 'learner-1' } };
/** The AU's activity id in the LMS. */
export const ACTIVITY_ID = 'https://lms.example/activities/au/42';
/** The registration. */
export const REGISTRATION = '6f1b2b5e-6a4b-4d8e-9a43-0f1f2b3c4d5e';
/** The session id the template carries. */
export const SESSION_ID = 'a6a9e9a2-3b84-4a3a-8e43-1c0b4a2f9d11';

/** LMS.LaunchData with a rich template. */
export const LAUNCH_DATA: LaunchData = {
  launchMode: 'Normal',
  moveOn: 'Completed',
  returnURL: 'https://lms.example/course/7',
  contextTemplate: {
    contextActivities: {
      grouping: [{ id: 'https://balint-rehearsal.invalid/xapi/courses/x/modules/fixture-branching' }, { id: 'https://lms.example/programme/2' }],
      other: [{ id: 'https://lms.example/cohort/spring' }],
    },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION_ID, 'https://lms.example/ext/tenant': 'north' },
  },
};

/** What statements are built from. */
export const LAUNCH: StatementLaunch = { actor: ACTOR, activityId: ACTIVITY_ID, registration: REGISTRATION, contextTemplate: LAUNCH_DATA.contextTemplate };

/** The launch parameters. */
export const PARAMS: LaunchParams = { endpoint: 'http://127.0.0.1:3398/lrs', fetch: 'http://127.0.0.1:3398/fetch-url/9', actor: ACTOR, registration: REGISTRATION, activityId: ACTIVITY_ID };

/** `location.search` of that launch. */
export function launchSearch(p: Partial<Record<keyof LaunchParams, string>> = {}): string {
  return `?${new URLSearchParams({ module: 'fixture-branching', endpoint: PARAMS.endpoint, fetch: PARAMS.fetch, actor: JSON.stringify(ACTOR), registration: REGISTRATION, activityId: ACTIVITY_ID, ...p })}`;
}
