/**
 * SCORM 2004 4th edition as the runtime writes it: `window.API_1484_11`, `cmi.completion_status`
 * (never `cmi.success_status`: it stays unknown), `cmi.location`, a 64,000-character suspend data,
 * ISO 8601 durations and time stamps, and a score as `cmi.score.scaled` plus raw, min and max.
 * An interaction carries its id (`urn:balint-rehearsal:<module>:<scene>`, a URN as the long
 * identifier type asks), type `choice`, the time it was offered, the choice id as
 * `learner_response`, the latency and a description; the id comes first and the type before the
 * response, the order the API requires.
 */
import { choiceInteraction, scoreOutOf100 } from './dialect-fields';
import { findScormCalls } from './scorm-api';
import { SUSPEND_LIMIT_2004 } from './scorm-suspend';
import { isoDuration, isoTimestamp } from './scorm-time';
import type { ScormDialect } from './types';

/** The URN namespace of interaction ids. */
export const INTERACTION_URN = 'urn:balint-rehearsal';

/** SCORM 2004 4th edition: `API_1484_11`, completion status, 64,000 characters of suspend data. */
export const SCORM2004: ScormDialect = {
  version: '2004',
  find: (win) => findScormCalls(win, '2004'),
  suspendLimit: SUSPEND_LIMIT_2004,
  status: 'cmi.completion_status',
  location: 'cmi.location',
  exit: 'cmi.exit',
  normalExit: 'normal',
  sessionTime: 'cmi.session_time',
  scoreRaw: 'cmi.score.raw',
  passingScore: 'cmi.scaled_passing_score',
  duration: isoDuration,
  score: (points) => [['cmi.score.scaled', String(points / 100)], ...scoreOutOf100('cmi.score', points)],
  interaction: (n, c) => [
    ...choiceInteraction(n, { id: `${INTERACTION_URN}:${c.module}:${c.scene}`, time: ['timestamp', isoTimestamp(c.shownAt)], response: ['learner_response', c.choice], latency: isoDuration(c.latencyMs) }),
    [`cmi.interactions.${n}.description`, c.description],
  ],
};
