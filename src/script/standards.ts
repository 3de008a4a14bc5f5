/**
 * Curriculum standards per track, from the curriculum brief: full sessions (member and leader
 * tracks) play all six phases over about 45 minutes with the discussion the longest part, offer at
 * least 6 decision points, 3 endings and 2 state-dependent branches; foundations modules at least
 * 3 decision points and 2 endings. Kept apart from the validator because these are editorial rules
 * about the curriculum, not rules of the format: an instructor's own script is held to the format
 * only (see `compileScript`'s callers).
 */
import type { ScriptReport } from './compile';
import type { Exploration } from './explore';
import { PHASES, type Diagnostic, type Script } from './types';

/** Full-session clock range, in minutes, for every path. */
export const FULL_SESSION_MINUTES = { min: 38, max: 52 };

/** Check one built script against its track's standards. */
export function checkStandards(script: Script, report: ScriptReport, exploration: Exploration): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (message: string) => out.push({ severity: 'error', file: script.file, line: 1, message });
  const endings = script.scenes.filter((s) => s.ending);
  if (script.track === 'foundations') {
    if (report.decisions < 3) err(`a foundations module needs at least 3 decision points (has ${report.decisions})`);
    if (endings.length < 2) err(`a foundations module needs at least 2 endings (has ${endings.length})`);
    return out;
  }
  const missing = PHASES.filter((p) => !report.phases.includes(p));
  if (missing.length) err(`a full session needs all six phases; missing ${missing.join(', ')}`);
  if (report.decisions < 6) err(`a full session needs at least 6 decision points (has ${report.decisions})`);
  if (endings.length < 3) err(`a full session needs at least 3 endings (has ${endings.length})`);
  if (report.conditionalBranches < 2) err(`a full session needs at least 2 branches that depend on accumulated state (has ${report.conditionalBranches})`);
  const { min, max } = exploration.minutes;
  if (exploration.paths && (min < FULL_SESSION_MINUTES.min || max > FULL_SESSION_MINUTES.max))
    err(`every path should spend about 45 minutes of group time (${FULL_SESSION_MINUTES.min}–${FULL_SESSION_MINUTES.max}); paths run ${min}–${max}`);
  const d = exploration.phaseMinutes.discussion;
  const longer = PHASES.filter((p) => p !== 'discussion' && exploration.phaseMinutes[p].max >= d.min);
  if (exploration.paths && longer.length)
    err(`the discussion should be the longest phase on every path, but it can be as short as ${d.min} min while ${longer.map((p) => `${p} can take ${exploration.phaseMinutes[p].max}`).join(', ')}`);
  return out;
}
