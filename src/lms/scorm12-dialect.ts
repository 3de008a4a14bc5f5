/**
 * SCORM 1.2 as the runtime writes it: `window.API`, `cmi.core.*`, a 4,096-character suspend data,
 * CMITimespan durations and CMITime clock times. An interaction carries its id (`<module>_<scene>`:
 * only letters, digits, hyphens and one underscore, as 1.2's CMIIdentifier allows), type `choice`,
 * the choice id as `student_response`, the time it was offered and the latency. 1.2 has no
 * description, and its interactions are write-only in many LMSs.
 */
import { choiceInteraction, scoreOutOf100 } from './dialect-fields';
import { findScormCalls } from './scorm-api';
import { SUSPEND_LIMIT } from './scorm-suspend';
import { clockTime, formatSessionTime } from './scorm-time';
import type { ScormDialect } from './types';

/** SCORM 1.2: `API`, `cmi.core.*`, 4,096 characters of suspend data. */
export const SCORM12: ScormDialect = {
  version: '1.2',
  find: (win) => findScormCalls(win, '1.2'),
  suspendLimit: SUSPEND_LIMIT,
  status: 'cmi.core.lesson_status',
  location: 'cmi.core.lesson_location',
  exit: 'cmi.core.exit',
  normalExit: '',
  sessionTime: 'cmi.core.session_time',
  scoreRaw: 'cmi.core.score.raw',
  passingScore: 'cmi.student_data.mastery_score',
  duration: formatSessionTime,
  score: (points) => scoreOutOf100('cmi.core.score', points),
  interaction: (n, c) =>
    choiceInteraction(n, { id: `${c.module}_${c.scene}`, time: ['time', clockTime(c.shownAt)], response: ['student_response', c.choice], latency: formatSessionTime(c.latencyMs) }),
};
