/**
 * The element/value pairs both SCORM dialects (`scorm12-dialect.ts`, `scorm2004-dialect.ts`) write
 * the same way under their own element names: a score out of 100 (min, max, raw) and a choice
 * interaction (id, type `choice`, the time it was offered, the response, the latency, in the
 * order both APIs accept).
 */

/** `<prefix>.min` 0, `<prefix>.max` 100 and `<prefix>.raw` `points`. */
export function scoreOutOf100(prefix: string, points: number): [string, string][] {
  return [
    [`${prefix}.min`, '0'],
    [`${prefix}.max`, '100'],
    [`${prefix}.raw`, String(points)],
  ];
}

/** One choice interaction `cmi.interactions.n`, each value under this dialect's element name. */
export function choiceInteraction(n: number, fields: { id: string; time: [string, string]; response: [string, string]; latency: string }): [string, string][] {
  const at = `cmi.interactions.${n}`;
  return [
    [`${at}.id`, fields.id],
    [`${at}.type`, 'choice'],
    [`${at}.${fields.time[0]}`, fields.time[1]],
    [`${at}.${fields.response[0]}`, fields.response[1]],
    [`${at}.latency`, fields.latency],
  ];
}
